from typing import List


class Solution:
    def largestPairXor(self, nums: List[int]) -> int:
        pass
