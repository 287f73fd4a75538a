import heapq
from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        h = nums[:]
        heapq.heapify(h)
        cost = 0
        for _ in range(len(h) - 1):
            a = heapq.heappop(h)
            s = a + h[0]
            cost += s
            heapq.heapreplace(h, s)
        return cost
