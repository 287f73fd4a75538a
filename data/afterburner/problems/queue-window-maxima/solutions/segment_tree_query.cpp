class Solution {
public:
    vector<int> windowMaxima(vector<int>& nums, int k) {
        // bottom-up segment tree, one range query per window
        int n = nums.size();
        vector<int> tree(2 * n);
        for (int i = 0; i < n; i++) tree[n + i] = nums[i];
        for (int i = n - 1; i > 0; i--) tree[i] = max(tree[2 * i], tree[2 * i + 1]);
        vector<int> out;
        for (int s = 0; s + k <= n; s++) {
            int best = INT_MIN;
            for (int lo = s + n, hi = s + k + n; lo < hi; lo >>= 1, hi >>= 1) {
                if (lo & 1) best = max(best, tree[lo++]);
                if (hi & 1) best = max(best, tree[--hi]);
            }
            out.push_back(best);
        }
        return out;
    }
};
