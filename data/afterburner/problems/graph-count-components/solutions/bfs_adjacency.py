from collections import deque
from typing import List


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        seen = [False] * (n + 1)
        components = 0
        for start in range(1, n + 1):
            if seen[start]:
                continue
            components += 1
            seen[start] = True
            queue = deque([start])
            while queue:
                node = queue.popleft()
                for nxt in adj[node]:
                    if not seen[nxt]:
                        seen[nxt] = True
                        queue.append(nxt)
        return components
