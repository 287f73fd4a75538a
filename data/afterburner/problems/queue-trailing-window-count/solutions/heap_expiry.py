import heapq
from typing import List


class Solution:
    def windowCounts(self, times: List[int], w: int) -> List[int]:
        heap = []
        counts = []
        for t in times:
            heapq.heappush(heap, t)
            while heap[0] <= t - w:
                heapq.heappop(heap)
            counts.append(len(heap))
        return counts
