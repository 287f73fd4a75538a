from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        bits = 1  # bit s is set when some subset sums to s
        for x in nums:
            bits |= bits << x
        return (bits >> (total // 2)) & 1 == 1
