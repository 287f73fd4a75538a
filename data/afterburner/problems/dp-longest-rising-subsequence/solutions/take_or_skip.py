from typing import List


class Solution:
    def longestRising(self, nums: List[int]) -> int:
        def best(i, last):
            if i == len(nums):
                return 0
            skip = best(i + 1, last)
            if last is None or nums[i] > last:
                return max(skip, 1 + best(i + 1, nums[i]))
            return skip

        return best(0, None)
