from bisect import bisect_right
from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        starts = sorted(iv[0] for iv in intervals)
        ends = sorted(iv[1] for iv in intervals)
        best = 0
        for i, s in enumerate(starts):
            # bookings started so far (i + 1) minus those already finished at time s
            open_now = i + 1 - bisect_right(ends, s)
            if open_now > best:
                best = open_now
        return best
