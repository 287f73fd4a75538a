from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        n = len(heights)
        h = heights
        # sparse table of positions of minima
        table = [list(range(n))]
        j = 1
        while (1 << j) <= n:
            prev = table[-1]
            half = 1 << (j - 1)
            row = []
            for i in range(n - (1 << j) + 1):
                a, b = prev[i], prev[i + half]
                row.append(a if h[a] <= h[b] else b)
            table.append(row)
            j += 1

        def argmin(l, r):  # inclusive bounds
            k = (r - l + 1).bit_length() - 1
            a, b = table[k][l], table[k][r - (1 << k) + 1]
            return a if h[a] <= h[b] else b

        best = 0
        todo = [(0, n - 1)]
        while todo:
            l, r = todo.pop()
            m = argmin(l, r)
            area = h[m] * (r - l + 1)
            if area > best:
                best = area
            if l < m:
                todo.append((l, m - 1))
            if m < r:
                todo.append((m + 1, r))
        return best
