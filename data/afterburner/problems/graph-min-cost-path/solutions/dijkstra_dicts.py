import heapq
from collections import defaultdict
from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        # keep only the cheapest arc for every ordered pair
        graph = defaultdict(dict)
        for u, v, w in arcs:
            if v not in graph[u] or w < graph[u][v]:
                graph[u][v] = w
        best = {1: 0}
        heap = [(0, 1)]
        settled = set()
        while heap:
            d, u = heapq.heappop(heap)
            if u in settled:
                continue
            settled.add(u)
            if u == n:
                return d
            for v, w in graph[u].items():
                if v not in settled and d + w < best.get(v, float('inf')):
                    best[v] = d + w
                    heapq.heappush(heap, (d + w, v))
        return -1
