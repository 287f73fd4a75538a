from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        pass
