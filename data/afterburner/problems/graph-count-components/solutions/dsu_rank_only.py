from typing import List


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Union by rank keeps the trees O(log n) deep, so finds need no compression.
        parent = list(range(n + 1))
        rank = [0] * (n + 1)

        def find(x: int) -> int:
            while parent[x] != x:
                x = parent[x]
            return x

        merges = 0
        for u, v in edges:
            a, b = find(u), find(v)
            if a == b:
                continue
            if rank[a] < rank[b]:
                a, b = b, a
            parent[b] = a
            if rank[a] == rank[b]:
                rank[a] += 1
            merges += 1
        return n - merges
