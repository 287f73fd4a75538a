import re
from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        # Each horizontal run of land is one node; runs in neighbouring rows that
        # overlap in some column belong to the same region.
        parent = []

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        regions = 0
        prev = []
        for row in grid:
            cur = []
            for m in re.finditer(r'#+', row):
                node = len(parent)
                parent.append(node)
                regions += 1
                cur.append((m.start(), m.end(), node))
            k = 0
            for s, e, node in cur:
                while k < len(prev) and prev[k][1] <= s:
                    k += 1
                t = k
                while t < len(prev) and prev[t][0] < e:
                    a, b = find(prev[t][2]), find(node)
                    if a != b:
                        parent[b] = a
                        regions -= 1
                    t += 1
            prev = cur
        return regions
