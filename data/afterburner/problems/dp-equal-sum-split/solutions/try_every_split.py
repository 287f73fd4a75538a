from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False

        def search(i, left):
            if i == len(nums):
                return left * 2 == total
            return search(i + 1, left + nums[i]) or search(i + 1, left)

        return search(0, 0)
