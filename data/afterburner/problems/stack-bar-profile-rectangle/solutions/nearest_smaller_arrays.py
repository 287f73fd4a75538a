from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        n = len(heights)
        left = [0] * n   # index of nearest strictly smaller bar on the left, or -1
        right = [0] * n  # index of nearest strictly smaller bar on the right, or n
        st = []
        for i in range(n):
            while st and heights[st[-1]] >= heights[i]:
                st.pop()
            left[i] = st[-1] if st else -1
            st.append(i)
        st = []
        for i in range(n - 1, -1, -1):
            while st and heights[st[-1]] >= heights[i]:
                st.pop()
            right[i] = st[-1] if st else n
            st.append(i)
        return max(heights[i] * (right[i] - left[i] - 1) for i in range(n))
