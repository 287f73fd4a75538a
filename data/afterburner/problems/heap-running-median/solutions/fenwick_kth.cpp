class Solution {
public:
    vector<int> runningMedians(vector<int>& nums) {
        vector<int> vals(nums);
        sort(vals.begin(), vals.end());
        vals.erase(unique(vals.begin(), vals.end()), vals.end());
        int m = vals.size();
        vector<int> tree(m + 1, 0);
        int top = 1;
        while (top * 2 <= m) top *= 2;
        vector<int> out;
        out.reserve(nums.size());
        int count = 0;
        for (int x : nums) {
            for (int i = lower_bound(vals.begin(), vals.end(), x) - vals.begin() + 1; i <= m; i += i & -i) tree[i]++;
            int k = (++count + 1) / 2;
            // descend the Fenwick tree to the k-th smallest
            int pos = 0;
            for (int step = top; step; step >>= 1) {
                if (pos + step <= m && tree[pos + step] < k) {
                    pos += step;
                    k -= tree[pos];
                }
            }
            out.push_back(vals[pos]);
        }
        return out;
    }
};
