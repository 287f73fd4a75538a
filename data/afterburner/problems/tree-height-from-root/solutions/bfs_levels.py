from collections import deque
from typing import List


class Solution:
    def treeHeight(self, n: int, edges: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        depth = [-1] * (n + 1)
        depth[1] = 0
        queue = deque([1])
        best = 0
        while queue:
            node = queue.popleft()
            d = depth[node] + 1
            for nxt in adj[node]:
                if depth[nxt] < 0:
                    depth[nxt] = d
                    if d > best:
                        best = d
                    queue.append(nxt)
        return best
