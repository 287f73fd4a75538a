import heapq
from typing import List


class Solution:
    def treeHeight(self, n: int, edges: List[List[int]]) -> int:
        # Shortest distances from the root with every edge weighing 1.
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        INF = float('inf')
        dist = [INF] * (n + 1)
        dist[1] = 0
        heap = [(0, 1)]
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist[node]:
                continue
            for nxt in adj[node]:
                if d + 1 < dist[nxt]:
                    dist[nxt] = d + 1
                    heapq.heappush(heap, (d + 1, nxt))
        return max(dist[1:])
