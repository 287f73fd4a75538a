from typing import List


class Solution:
    def largestRectangle(self, heights: List[int]) -> int:
        n = len(heights)
        parent = list(range(n))
        size = [1] * n
        active = [False] * n

        def find(x):
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        best = 0
        for i in sorted(range(n), key=heights.__getitem__, reverse=True):
            active[i] = True
            r = i
            for nb in (i - 1, i + 1):
                if 0 <= nb < n and active[nb]:
                    a, b = find(r), find(nb)
                    if a != b:
                        if size[a] < size[b]:
                            a, b = b, a
                        parent[b] = a
                        size[a] += size[b]
                        r = a
            # every bar in this block is at least as tall as heights[i]
            area = heights[i] * size[find(r)]
            if area > best:
                best = area
        return best
