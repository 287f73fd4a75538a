from typing import List


class Solution:
    def longestRising(self, nums: List[int]) -> int:
        pass
