class Solution:
    def countSequences(self, n: int) -> int:
        MOD = 10**9 + 7
        dp = [0] * (n + 1)
        dp[0] = 1
        for i in range(1, n + 1):
            total = dp[i - 1]
            if i >= 2:
                total += dp[i - 2]
            if i >= 3:
                total += dp[i - 3]
            dp[i] = total % MOD
        return dp[n]
