import heapq
from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        ends = []
        for s, e in intervals:
            if ends and ends[0] < s:
                heapq.heapreplace(ends, e)
            else:
                heapq.heappush(ends, e)
        return len(ends)
