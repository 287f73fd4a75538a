import heapq
from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        heap = [(l, r) for l, r in segments]
        heapq.heapify(heap)
        total = 0
        start, end = heapq.heappop(heap)
        while heap:
            l, r = heapq.heappop(heap)
            if l > end:
                total += end - start
                start, end = l, r
            else:
                end = max(end, r)
        return total + end - start
