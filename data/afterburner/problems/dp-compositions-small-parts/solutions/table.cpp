class Solution {
public:
    long long countSequences(int n) {
        const long long MOD = 1000000007LL;
        vector<long long> dp(n + 1, 0);
        dp[0] = 1;
        for (int i = 1; i <= n; i++) {
            long long total = dp[i - 1];
            if (i >= 2) total += dp[i - 2];
            if (i >= 3) total += dp[i - 3];
            dp[i] = total % MOD;
        }
        return dp[n];
    }
};
