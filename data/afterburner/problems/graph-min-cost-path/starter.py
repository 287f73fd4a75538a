from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        pass
