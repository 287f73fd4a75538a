from typing import List


class Solution:
    def largestPairXor(self, nums: List[int]) -> int:
        # pair the largest entry with every other one
        top = max(nums)
        idx = nums.index(top)
        return max(top ^ x for i, x in enumerate(nums) if i != idx)
