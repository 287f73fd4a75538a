import heapq
from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for u, v, w in arcs:
            adj[u].append((v, w))
        INF = float('inf')
        dist = [INF] * (n + 1)
        dist[1] = 0
        heap = [(0, 1)]
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist[u]:
                continue
            for v, w in adj[u]:
                nd = d + w
                if nd < dist[v]:
                    dist[v] = nd
                    heapq.heappush(heap, (nd, v))
        return dist[n] if dist[n] < INF else -1
