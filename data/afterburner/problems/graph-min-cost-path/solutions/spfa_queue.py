from collections import deque
from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        # Queue-based Bellman-Ford: only vertices whose distance dropped are rescanned.
        adj = [[] for _ in range(n + 1)]
        for u, v, w in arcs:
            adj[u].append((v, w))
        INF = float('inf')
        dist = [INF] * (n + 1)
        in_queue = [False] * (n + 1)
        dist[1] = 0
        queue = deque([1])
        in_queue[1] = True
        while queue:
            u = queue.popleft()
            in_queue[u] = False
            du = dist[u]
            for v, w in adj[u]:
                if du + w < dist[v]:
                    dist[v] = du + w
                    if not in_queue[v]:
                        in_queue[v] = True
                        queue.append(v)
        return dist[n] if dist[n] < INF else -1
