import sys
from functools import lru_cache


class Solution:
    def sharedSubsequenceLength(self, a: str, b: str) -> int:
        sys.setrecursionlimit(10000)

        @lru_cache(maxsize=None)
        def best(i: int, j: int) -> int:
            if i == len(a) or j == len(b):
                return 0
            if a[i] == b[j]:
                return 1 + best(i + 1, j + 1)
            return max(best(i + 1, j), best(i, j + 1))

        # solve suffixes of a from the end so the recursion stays shallow
        for i in range(len(a) - 1, -1, -1):
            best(i, 0)
        answer = best(0, 0)
        best.cache_clear()
        return answer
