import heapq
from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        # Build the order from the back: repeatedly place the largest task that
        # nothing still unplaced has to follow, then reverse.
        pred = [[] for _ in range(n + 1)]
        outdeg = [0] * (n + 1)
        for u, v in rules:
            pred[v].append(u)
            outdeg[u] += 1
        heap = [-v for v in range(1, n + 1) if outdeg[v] == 0]
        heapq.heapify(heap)
        back = []
        while heap:
            v = -heapq.heappop(heap)
            back.append(v)
            for u in pred[v]:
                outdeg[u] -= 1
                if outdeg[u] == 0:
                    heapq.heappush(heap, -u)
        if len(back) < n:
            return []
        return back[::-1]
