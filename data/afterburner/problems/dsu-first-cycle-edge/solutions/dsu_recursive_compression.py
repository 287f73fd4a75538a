import sys
from typing import List


class Solution:
    def firstCycleEdge(self, n: int, edges: List[List[int]]) -> int:
        sys.setrecursionlimit(n + 1000)
        parent = {}

        def find(x: int) -> int:
            p = parent.get(x, x)
            if p == x:
                return x
            root = find(p)
            parent[x] = root
            return root

        for idx, (u, v) in enumerate(edges):
            a, b = find(u), find(v)
            if a == b:
                return idx + 1
            parent[a] = b
        return 0
