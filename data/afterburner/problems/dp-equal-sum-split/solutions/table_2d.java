class Solution {
    public boolean canSplitEvenly(int[] nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 != 0) return false;
        int target = total / 2, n = nums.length;
        boolean[][] dp = new boolean[n + 1][target + 1];
        dp[0][0] = true;
        for (int i = 1; i <= n; i++) {
            int x = nums[i - 1];
            for (int s = 0; s <= target; s++)
                dp[i][s] = dp[i - 1][s] || (s >= x && dp[i - 1][s - x]);
        }
        return dp[n][target];
    }
}
