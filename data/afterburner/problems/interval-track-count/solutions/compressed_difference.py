from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        coords = sorted(set(x for iv in intervals for x in iv))
        rank = {x: i for i, x in enumerate(coords)}
        diff = [0] * (len(coords) + 1)
        for s, e in intervals:
            diff[rank[s]] += 1
            diff[rank[e]] -= 1
        best = run = 0
        for d in diff:
            run += d
            if run > best:
                best = run
        return best
