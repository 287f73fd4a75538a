from collections import defaultdict
from typing import List


class Solution:
    def treeHeight(self, n: int, edges: List[List[int]]) -> int:
        neighbours = defaultdict(set)
        for u, v in edges:
            neighbours[u].add(v)
            neighbours[v].add(u)
        visited = {1}
        frontier = {1}
        levels = 0
        while True:
            nxt = set()
            for node in frontier:
                for other in neighbours[node]:
                    if other not in visited:
                        visited.add(other)
                        nxt.add(other)
            if not nxt:
                return levels
            levels += 1
            frontier = nxt
