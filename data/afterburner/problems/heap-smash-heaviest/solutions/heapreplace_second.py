import heapq
from typing import List


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        h = [-w for w in weights]
        heapq.heapify(h)
        while len(h) > 1:
            x = heapq.heappop(h)
            y = h[0]
            if x == y:
                heapq.heappop(h)
            else:
                heapq.heapreplace(h, x - y)
        return -h[0] if h else 0
