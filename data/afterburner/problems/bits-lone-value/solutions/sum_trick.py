from typing import List


class Solution:
    def loneValue(self, nums: List[int]) -> int:
        return 2 * sum(set(nums)) - sum(nums)
