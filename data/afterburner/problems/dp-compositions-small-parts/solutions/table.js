class Solution {
    countSequences(n) {
        const MOD = 1000000007;
        const dp = new Array(n + 1).fill(0);
        dp[0] = 1;
        for (let i = 1; i <= n; i++) {
            let total = dp[i - 1];
            if (i >= 2) total += dp[i - 2];
            if (i >= 3) total += dp[i - 3];
            dp[i] = total % MOD;
        }
        return dp[n];
    }
}
