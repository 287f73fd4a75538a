from typing import List


class Solution:
    def sortedSquares(self, nums: List[int]) -> List[int]:
        pass
