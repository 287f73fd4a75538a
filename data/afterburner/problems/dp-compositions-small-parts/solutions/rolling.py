class Solution:
    def countSequences(self, n: int) -> int:
        MOD = 1_000_000_007
        # a, b, c hold the counts for sums i-2, i-1, i (sum 0 has one empty sequence)
        a, b, c = 0, 0, 1
        for _ in range(n):
            a, b, c = b, c, (a + b + c) % MOD
        return c
