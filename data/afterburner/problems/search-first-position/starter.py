from typing import List


class Solution:
    def firstPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        pass
