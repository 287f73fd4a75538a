from typing import List


class Solution:
    def reachableUnder(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> str:
        parent = list(range(n + 1))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        edges = sorted(edges, key=lambda e: e[2])
        order = sorted(range(len(queries)), key=lambda i: queries[i][2])
        answer = ['0'] * len(queries)
        j = 0
        for i in order:
            a, b, t = queries[i]
            while j < len(edges) and edges[j][2] < t:
                parent[find(edges[j][0])] = find(edges[j][1])
                j += 1
            answer[i] = '1' if find(a) == find(b) else '0'
        return ''.join(answer)
