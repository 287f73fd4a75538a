class Solution {
public:
    int longestRising(vector<int>& nums) {
        int n = nums.size(), best = 0;
        vector<int> dp(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++)
                if (nums[j] < nums[i] && dp[j] + 1 > dp[i]) dp[i] = dp[j] + 1;
            best = max(best, dp[i]);
        }
        return best;
    }
};
