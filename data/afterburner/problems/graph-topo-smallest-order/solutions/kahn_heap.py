import heapq
from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        succ = [[] for _ in range(n + 1)]
        indeg = [0] * (n + 1)
        for u, v in rules:
            succ[u].append(v)
            indeg[v] += 1
        ready = [v for v in range(1, n + 1) if indeg[v] == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            u = heapq.heappop(ready)
            order.append(u)
            for v in succ[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        return order if len(order) == n else []
