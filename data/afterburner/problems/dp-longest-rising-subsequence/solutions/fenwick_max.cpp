class Solution {
public:
    int longestRising(vector<int>& nums) {
        vector<int> values(nums);
        sort(values.begin(), values.end());
        values.erase(unique(values.begin(), values.end()), values.end());
        int size = values.size(), best = 0;
        vector<int> tree(size + 1, 0);
        for (int x : nums) {
            int rank = lower_bound(values.begin(), values.end(), x) - values.begin() + 1;
            int cur = 0;
            for (int r = rank - 1; r > 0; r -= r & -r) cur = max(cur, tree[r]);
            cur++;
            best = max(best, cur);
            for (int r = rank; r <= size; r += r & -r) tree[r] = max(tree[r], cur);
        }
        return best;
    }
};
