from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        # Group vertices with a union-find over the arcs.
        parent = list(range(n + 1))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for u, v in arcs:
            parent[find(u)] = find(v)
        sizes = {}
        for v in range(1, n + 1):
            r = find(v)
            sizes[r] = sizes.get(r, 0) + 1
        return [len(sizes), max(sizes.values())]
