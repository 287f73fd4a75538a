from heapq import heappop, heappush
from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        out = [[] for _ in range(n + 1)]
        for u, v, w in arcs:
            if u != v:
                out[u].append((w, v))
        done = bytearray(n + 1)
        heap = [(0, 1)]
        while heap:
            d, u = heappop(heap)
            if done[u]:
                continue
            if u == n:
                return d
            done[u] = 1
            for w, v in out[u]:
                if not done[v]:
                    heappush(heap, (d + w, v))
        return -1
