from collections import deque
from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for u, v, w in arcs:
            adj[u].append((v, w))
        cost = [-1] * (n + 1)
        cost[1] = 0
        queue = deque([1])
        while queue:
            u = queue.popleft()
            for v, w in adj[u]:
                if cost[v] == -1 or (cost[v] > cost[u] + w and v != 1):
                    if cost[v] == -1:
                        queue.append(v)
                    cost[v] = cost[u] + w
        return cost[n]
