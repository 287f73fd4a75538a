from typing import List


class Solution:
    def firstCycleEdge(self, n: int, edges: List[List[int]]) -> int:
        pass
