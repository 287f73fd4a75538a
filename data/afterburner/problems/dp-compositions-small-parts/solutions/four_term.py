class Solution:
    def countSequences(self, n: int) -> int:
        # f(i) - f(i-1) = f(i-1) - f(i-4), so f(i) = 2 f(i-1) - f(i-4)
        MOD = 1_000_000_007
        f = [1, 1, 2, 4]
        if n < 4:
            return f[n]
        for i in range(4, n + 1):
            f.append((2 * f[i - 1] - f[i - 4]) % MOD)
        return f[n]
