import heapq
from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        low = []   # max-heap (negated) holding the smaller half, never smaller than high
        high = []  # min-heap holding the larger half
        out = []
        for x in nums:
            if low and x > -low[0]:
                heapq.heappush(high, x)
            else:
                heapq.heappush(low, -x)
            if len(low) > len(high) + 1:
                heapq.heappush(high, -heapq.heappop(low))
            elif len(high) > len(low):
                heapq.heappush(low, -heapq.heappop(high))
            out.append(-low[0])
        return out
