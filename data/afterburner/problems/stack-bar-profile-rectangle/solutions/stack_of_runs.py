from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        runs = []  # (start index, height) with increasing heights
        best = 0
        for i, x in enumerate(heights):
            start = i
            while runs and runs[-1][1] >= x:
                s, y = runs.pop()
                best = max(best, y * (i - s))
                start = s
            runs.append((start, x))
        n = len(heights)
        for s, y in runs:
            best = max(best, y * (n - s))
        return best
