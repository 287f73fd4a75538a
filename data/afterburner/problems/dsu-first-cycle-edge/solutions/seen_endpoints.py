from typing import List


class Solution:
    def firstCycleEdge(self, n: int, edges: List[List[int]]) -> int:
        seen = set()
        for i, (u, v) in enumerate(edges, 1):
            if u == v or (u in seen and v in seen):
                return i
            seen.add(u)
            seen.add(v)
        return 0
