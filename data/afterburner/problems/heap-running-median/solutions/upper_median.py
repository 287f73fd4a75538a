import heapq
from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        low, high = [], []
        out = []
        for x in nums:
            heapq.heappush(low, -x)
            heapq.heappush(high, -heapq.heappop(low))
            if len(high) > len(low):
                heapq.heappush(low, -heapq.heappop(high))
            # for an even count this picks the larger middle element
            out.append(-low[0] if len(low) > len(high) else high[0])
        return out
