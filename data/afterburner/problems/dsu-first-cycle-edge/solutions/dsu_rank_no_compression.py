from typing import List


class Solution:
    def firstCycleEdge(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n + 1))
        rank = [0] * (n + 1)

        def root(x: int) -> int:
            while parent[x] != x:
                x = parent[x]
            return x

        for i in range(len(edges)):
            a, b = root(edges[i][0]), root(edges[i][1])
            if a == b:
                return i + 1
            if rank[a] > rank[b]:
                parent[b] = a
            elif rank[a] < rank[b]:
                parent[a] = b
            else:
                parent[b] = a
                rank[a] += 1
        return 0
