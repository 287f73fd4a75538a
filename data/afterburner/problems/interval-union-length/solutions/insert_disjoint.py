from bisect import bisect_left, bisect_right
from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        # keep a sorted list of disjoint covered pieces; merge each new segment in place
        starts = []
        ends = []
        for l, r in segments:
            i = bisect_left(ends, l)
            j = bisect_right(starts, r)
            if i < j:
                l = min(l, starts[i])
                r = max(r, ends[j - 1])
            starts[i:j] = [l]
            ends[i:j] = [r]
        return sum(e - s for s, e in zip(starts, ends))
