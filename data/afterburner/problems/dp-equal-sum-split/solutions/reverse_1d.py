from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        reach = [False] * (half + 1)
        reach[0] = True
        for x in nums:
            for s in range(half, x - 1, -1):
                if reach[s - x]:
                    reach[s] = True
        return reach[half]
