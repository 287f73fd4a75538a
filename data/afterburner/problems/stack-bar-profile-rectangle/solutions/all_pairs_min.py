from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        n = len(heights)
        best = 0
        for i in range(n):
            low = heights[i]
            for j in range(i, n):
                if heights[j] < low:
                    low = heights[j]
                best = max(best, low * (j - i + 1))
        return best
