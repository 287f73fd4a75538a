import heapq
from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        heap = list(nums)
        heapq.heapify(heap)
        total = 0
        while len(heap) > 1:
            s = heapq.heappop(heap) + heapq.heappop(heap)
            total += s
            heapq.heappush(heap, s)
        return total
