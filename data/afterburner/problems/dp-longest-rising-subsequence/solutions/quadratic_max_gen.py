from typing import List


class Solution:
    def longestRising(self, nums: List[int]) -> int:
        ends = []
        for i, x in enumerate(nums):
            ends.append(1 + max((ends[j] for j in range(i) if nums[j] < x), default=0))
        return max(ends)
