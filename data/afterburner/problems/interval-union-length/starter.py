from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        pass
