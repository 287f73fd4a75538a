from collections import defaultdict
from typing import List


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        neighbours = defaultdict(set)
        for u, v in edges:
            neighbours[u].add(v)
            neighbours[v].add(u)
        unvisited = set(range(1, n + 1))
        pieces = 0
        while unvisited:
            start = unvisited.pop()
            pieces += 1
            frontier = [start]
            while frontier:
                nxt = []
                for node in frontier:
                    for other in neighbours.get(node, ()):
                        if other in unvisited:
                            unvisited.remove(other)
                            nxt.append(other)
                frontier = nxt
        return pieces
