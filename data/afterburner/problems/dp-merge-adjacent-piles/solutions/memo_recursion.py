import sys
from functools import lru_cache
from itertools import accumulate
from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        sys.setrecursionlimit(10000)
        pre = [0] + list(accumulate(w))

        @lru_cache(maxsize=None)
        def solve(i: int, j: int) -> int:
            if i == j:
                return 0
            return min(solve(i, k) + solve(k + 1, j) for k in range(i, j)) + pre[j + 1] - pre[i]

        answer = solve(0, len(w) - 1)
        solve.cache_clear()
        return answer
