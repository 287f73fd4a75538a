from typing import List


class Solution:
    def reachableUnder(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> str:
        # Component labels with member lists; merging relabels the smaller side,
        # so "same component" is a single comparison.
        label = list(range(n + 1))
        members = [[v] for v in range(n + 1)]
        edges = sorted(edges, key=lambda e: e[2])
        order = sorted(range(len(queries)), key=lambda i: queries[i][2])
        out = ['0'] * len(queries)
        j, m = 0, len(edges)
        for i in order:
            a, b, t = queries[i]
            while j < m and edges[j][2] <= t:
                x, y = label[edges[j][0]], label[edges[j][1]]
                j += 1
                if x == y:
                    continue
                if len(members[x]) < len(members[y]):
                    x, y = y, x
                for v in members[y]:
                    label[v] = x
                members[x] += members[y]
                members[y] = []
            if label[a] == label[b]:
                out[i] = '1'
        return ''.join(out)
