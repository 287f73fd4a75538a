import heapq
from typing import List


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        heap = [-w for w in weights]
        heapq.heapify(heap)
        while len(heap) > 1:
            x = -heapq.heappop(heap)
            y = -heapq.heappop(heap)
            if x > y:
                heapq.heappush(heap, y - x)
        return -heap[0] if heap else 0
