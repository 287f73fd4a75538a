from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        n = len(heights)
        h = heights
        lo = [0] * n
        hi = [0] * n
        for i in range(n):
            p = i - 1
            while p >= 0 and h[p] >= h[i]:
                p = lo[p]
            lo[i] = p
        for i in range(n - 1, -1, -1):
            p = i + 1
            while p < n and h[p] >= h[i]:
                p = hi[p]
            hi[i] = p
        best = 0
        for i in range(n):
            a = h[i] * (hi[i] - lo[i] - 1)
            if a > best:
                best = a
        return best
