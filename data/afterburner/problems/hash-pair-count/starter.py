from typing import List


class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        pass
