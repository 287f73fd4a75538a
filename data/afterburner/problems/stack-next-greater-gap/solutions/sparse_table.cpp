class Solution {
public:
    vector<int> nextGreaterGap(vector<int>& nums) {
        int n = nums.size();
        int levels = 1;
        while ((1 << levels) <= n) ++levels;
        vector<vector<int>> sp(levels, vector<int>(n));
        sp[0] = nums;
        for (int k = 1; k < levels; ++k)
            for (int i = 0; i + (1 << k) <= n; ++i)
                sp[k][i] = max(sp[k - 1][i], sp[k - 1][i + (1 << (k - 1))]);
        vector<int> ans(n, 0);
        for (int i = 0; i < n; ++i) {
            int pos = i + 1;
            for (int k = levels - 1; k >= 0; --k) {
                if (pos + (1 << k) <= n && sp[k][pos] <= nums[i]) pos += 1 << k;
            }
            if (pos < n) ans[i] = pos - i;
        }
        return ans;
    }
};
