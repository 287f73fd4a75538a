import sys
from functools import lru_cache
from typing import List


class Solution:
    def longestRising(self, nums: List[int]) -> int:
        n = len(nums)
        sys.setrecursionlimit(max(1000, n + 100))

        @lru_cache(maxsize=None)
        def starting_at(i: int) -> int:
            best = 1
            for j in range(i + 1, n):
                if nums[j] > nums[i]:
                    cand = 1 + starting_at(j)
                    if cand > best:
                        best = cand
            return best

        answer = max(starting_at(i) for i in range(n - 1, -1, -1))
        starting_at.cache_clear()
        return answer
