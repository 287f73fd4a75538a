from collections import deque
from typing import List


class Solution:
    def minimumMarked(self, n: int, edges: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        color = [-1] * (n + 1)
        count = [0, 0]
        for s in range(1, n + 1):
            if color[s] != -1 or not adj[s]:
                continue
            color[s] = 0
            count[0] += 1
            queue = deque([s])
            while queue:
                u = queue.popleft()
                for v in adj[u]:
                    if color[v] == -1:
                        color[v] = 1 - color[u]
                        count[color[v]] += 1
                        queue.append(v)
                    elif color[v] == color[u]:
                        return -1
        return min(count)
