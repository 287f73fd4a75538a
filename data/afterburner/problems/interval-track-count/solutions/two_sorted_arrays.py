from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        starts = sorted(s for s, _ in intervals)
        ends = sorted(e for _, e in intervals)
        j = 0
        active = best = 0
        for s in starts:
            while ends[j] <= s:
                j += 1
                active -= 1
            active += 1
            best = max(best, active)
        return best
