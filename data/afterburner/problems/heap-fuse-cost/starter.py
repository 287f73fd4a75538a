from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        pass
