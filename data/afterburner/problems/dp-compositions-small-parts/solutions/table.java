class Solution {
    public long countSequences(int n) {
        final long MOD = 1_000_000_007L;
        long[] dp = new long[n + 1];
        dp[0] = 1;
        for (int i = 1; i <= n; i++) {
            long total = dp[i - 1];
            if (i >= 2) total += dp[i - 2];
            if (i >= 3) total += dp[i - 3];
            dp[i] = total % MOD;
        }
        return dp[n];
    }
}
