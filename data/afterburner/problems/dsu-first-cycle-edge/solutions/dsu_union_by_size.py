from typing import List


class Solution:
    def firstCycleEdge(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n + 1))
        size = [1] * (n + 1)

        def find(x: int) -> int:
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        for i, (u, v) in enumerate(edges, 1):
            ru, rv = find(u), find(v)
            if ru == rv:
                return i
            if size[ru] < size[rv]:
                ru, rv = rv, ru
            parent[rv] = ru
            size[ru] += size[rv]
        return 0
