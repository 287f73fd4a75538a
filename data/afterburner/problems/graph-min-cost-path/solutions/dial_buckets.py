from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        # Arc costs are at most 100, so a ring of 101 buckets indexed by
        # distance replaces the priority queue (Dial's algorithm).
        W = 100
        adj = [[] for _ in range(n + 1)]
        for u, v, w in arcs:
            adj[u].append((v, w))
        INF = -1
        dist = [INF] * (n + 1)
        done = bytearray(n + 1)
        ring = [[] for _ in range(W + 1)]
        dist[1] = 0
        ring[0].append(1)
        pending = 1
        d = 0
        while pending:
            bucket = ring[d % (W + 1)]
            while bucket:
                u = bucket.pop()
                pending -= 1
                if done[u] or dist[u] != d:
                    continue
                done[u] = 1
                if u == n:
                    return d
                for v, w in adj[u]:
                    nd = d + w
                    if not done[v] and (dist[v] == INF or nd < dist[v]):
                        dist[v] = nd
                        ring[nd % (W + 1)].append(v)
                        pending += 1
            d += 1
        return -1
