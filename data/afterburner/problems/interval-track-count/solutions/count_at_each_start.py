from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        best = 0
        for s, _ in intervals:
            covering = 0
            for a, b in intervals:
                if a <= s < b:
                    covering += 1
            best = max(best, covering)
        return best
