class Solution:
    def countSequences(self, n: int) -> int:
        MOD = 1_000_000_007

        def ways(k):
            if k < 0:
                return 0
            if k == 0:
                return 1
            return ways(k - 1) + ways(k - 2) + ways(k - 3)

        return ways(n) % MOD
