import sys
from typing import List


class Solution:
    def minimumMarked(self, n: int, edges: List[List[int]]) -> int:
        sys.setrecursionlimit(2 * n + 1000)
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        color = [None] * (n + 1)

        def paint(u: int, c: int, tally: list) -> bool:
            color[u] = c
            tally[c] += 1
            for v in adj[u]:
                if color[v] is None:
                    if not paint(v, 1 - c, tally):
                        return False
                elif color[v] == c:
                    return False
            return True

        result = 0
        for u in range(1, n + 1):
            if color[u] is None and adj[u]:
                tally = [0, 0]
                if not paint(u, 0, tally):
                    return -1
                result += min(tally)
        return result
