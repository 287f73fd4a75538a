class Solution {
public:
    bool canSplitEvenly(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        int target = total / 2, n = nums.size();
        vector<vector<int>> dp(n + 1, vector<int>(target + 1, 0));
        dp[0][0] = 1;
        for (int i = 1; i <= n; i++) {
            int x = nums[i - 1];
            for (int s = 0; s <= target; s++)
                dp[i][s] = dp[i - 1][s] || (s >= x && dp[i - 1][s - x]);
        }
        return dp[n][target];
    }
};
