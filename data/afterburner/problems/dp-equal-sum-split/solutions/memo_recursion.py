import sys
from functools import lru_cache
from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        sys.setrecursionlimit(max(1000, 4 * len(nums) + 100))
        n = len(nums)

        @lru_cache(maxsize=None)
        def can(i: int, need: int) -> bool:
            if need == 0:
                return True
            if i == n or need < 0:
                return False
            return can(i + 1, need - nums[i]) or can(i + 1, need)

        answer = can(0, total // 2)
        can.cache_clear()
        return answer
