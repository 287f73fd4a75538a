import sys
from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        sys.setrecursionlimit(n + 1000)
        graph = [[] for _ in range(n + 1)]
        for u, v in edges:
            graph[u].append(v)
            graph[v].append(u)
        tin = [-1] * (n + 1)
        low = [0] * (n + 1)
        self.timer = 0
        self.count = 0

        def dfs(u: int, parent: int) -> None:
            tin[u] = low[u] = self.timer
            self.timer += 1
            for v in graph[u]:
                if v == parent:
                    continue  # the graph has no parallel edges
                if tin[v] >= 0:
                    low[u] = min(low[u], tin[v])
                else:
                    dfs(v, u)
                    low[u] = min(low[u], low[v])
                    if low[v] > tin[u]:
                        self.count += 1

        for u in range(1, n + 1):
            if tin[u] < 0:
                dfs(u, 0)
        return self.count
