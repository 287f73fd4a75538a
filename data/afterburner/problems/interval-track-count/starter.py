from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        pass
