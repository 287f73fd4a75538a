import sys
from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        sys.setrecursionlimit(n + 1000)
        graph = [[] for _ in range(n + 1)]
        for u, v in edges:
            graph[u].append(v)
            graph[v].append(u)
        disc = [0] * (n + 1)
        low = [0] * (n + 1)
        clock = [0]
        found = [0]

        def dfs(u: int, parent: int) -> None:
            clock[0] += 1
            disc[u] = low[u] = clock[0]
            for v in graph[u]:
                if v == parent:
                    continue
                if disc[v]:
                    low[u] = min(low[u], disc[v])
                else:
                    dfs(v, u)
                    low[u] = min(low[u], low[v])
                    if low[v] >= disc[u]:
                        found[0] += 1

        for u in range(1, n + 1):
            if not disc[u]:
                dfs(u, 0)
        return found[0]
