import sys
from functools import lru_cache


class Solution:
    def countSequences(self, n: int) -> int:
        MOD = 1_000_000_007
        sys.setrecursionlimit(10000)

        @lru_cache(maxsize=None)
        def ways(k: int) -> int:
            if k < 0:
                return 0
            if k == 0:
                return 1
            return (ways(k - 1) + ways(k - 2) + ways(k - 3)) % MOD

        # fill the cache bottom-up in small steps so the recursion never gets deep
        for k in range(0, n, 500):
            ways(k)
        answer = ways(n)
        ways.cache_clear()
        return answer
