class Solution:
    def countSequences(self, n: int) -> int:
        MOD = 1_000_000_007
        if n <= 3:
            return [0, 1, 2, 3][n]
        a, b, c = 1, 2, 3
        for _ in range(4, n + 1):
            a, b, c = b, c, (a + b + c) % MOD
        return c
