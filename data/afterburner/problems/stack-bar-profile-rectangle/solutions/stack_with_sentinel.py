from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        h = heights + [0]
        stack = [-1]
        best = 0
        for i, x in enumerate(h):
            while stack[-1] != -1 and h[stack[-1]] >= x:
                top = stack.pop()
                area = h[top] * (i - stack[-1] - 1)
                if area > best:
                    best = area
            stack.append(i)
        return best
