from typing import List


class Solution:
    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        pass
