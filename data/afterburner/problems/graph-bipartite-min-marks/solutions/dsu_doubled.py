from collections import Counter
from typing import List


class Solution:
    def minimumMarked(self, n: int, edges: List[List[int]]) -> int:
        # Vertex x stands for "x is marked", x + n for "x is not marked".
        parent = list(range(2 * n + 1))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb

        for u, v in edges:
            union(u, v + n)
            union(u + n, v)
        for x in range(1, n + 1):
            if find(x) == find(x + n):
                return -1
        group = Counter(find(x) for x in range(1, n + 1))
        total = 0
        done = set()
        for x in range(1, n + 1):
            a, b = find(x), find(x + n)
            if a in done:
                continue
            done.add(a)
            done.add(b)
            total += min(group[a], group[b])
        return total
