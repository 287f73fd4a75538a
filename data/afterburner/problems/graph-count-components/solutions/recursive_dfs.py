import sys
from typing import List


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        sys.setrecursionlimit(max(1000, 2 * n + 100))
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        visited = [False] * (n + 1)

        def dfs(node: int) -> None:
            visited[node] = True
            for nxt in adj[node]:
                if not visited[nxt]:
                    dfs(nxt)

        components = 0
        for node in range(1, n + 1):
            if not visited[node]:
                dfs(node)
                components += 1
        return components
