from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        events = []
        for s, e in intervals:
            events.append((s, 1))
            events.append((e, -1))
        events.sort()  # at equal times, -1 (an end) comes before +1 (a start)
        cur = best = 0
        for _, d in events:
            cur += d
            if cur > best:
                best = cur
        return best
