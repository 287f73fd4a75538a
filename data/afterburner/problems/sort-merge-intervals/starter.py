from typing import List


class Solution:
    def unionIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        pass
