from functools import lru_cache
from typing import List


class Solution:
    def cheapestRoundTrip(self, cost: List[List[int]]) -> int:
        n = len(cost)
        done = (1 << n) - 1

        @lru_cache(maxsize=None)
        def rest(mask: int, at: int) -> int:
            # cheapest way to visit the points outside mask and go home, standing at `at`
            if mask == done:
                return cost[at][0]
            best = float("inf")
            for nxt in range(n):
                if not mask & (1 << nxt):
                    value = cost[at][nxt] + rest(mask | (1 << nxt), nxt)
                    if value < best:
                        best = value
            return best

        answer = rest(1, 0) if n > 1 else 0
        rest.cache_clear()
        return answer
