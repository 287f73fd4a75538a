from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        pass
