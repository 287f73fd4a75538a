from collections import defaultdict
from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        delta = defaultdict(int)
        for s, e in intervals:
            delta[s] += 1
            delta[e] -= 1
        best = 0
        level = 0
        for t in sorted(delta):
            level += delta[t]
            best = max(best, level)
        return best
