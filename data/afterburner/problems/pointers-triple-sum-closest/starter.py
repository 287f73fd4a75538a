from typing import List


class Solution:
    def nearestTripleSum(self, nums: List[int], target: int) -> int:
        pass
