from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        INF = float('inf')
        dist = [INF] * (n + 1)
        dist[1] = 0
        for _ in range(n - 1):
            changed = False
            for u, v, w in arcs:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
            if not changed:
                break
        return dist[n] if dist[n] < INF else -1
