import heapq
from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        # distances *to* n over the reversed arcs; stop once vertex 1 is settled
        back = [[] for _ in range(n + 1)]
        for u, v, w in arcs:
            back[v].append((u, w))
        INF = float('inf')
        dist = [INF] * (n + 1)
        dist[n] = 0
        pq = [(0, n)]
        while pq:
            d, v = heapq.heappop(pq)
            if d != dist[v]:
                continue
            if v == 1:
                return d
            for u, w in back[v]:
                if d + w < dist[u]:
                    dist[u] = d + w
                    heapq.heappush(pq, (d + w, u))
        return -1
