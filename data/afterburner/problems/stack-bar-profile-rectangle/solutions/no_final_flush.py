from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        stack = []
        best = 0
        for i, x in enumerate(heights):
            while stack and heights[stack[-1]] >= x:
                top = stack.pop()
                width = i - stack[-1] - 1 if stack else i
                best = max(best, heights[top] * width)
            stack.append(i)
        return best
