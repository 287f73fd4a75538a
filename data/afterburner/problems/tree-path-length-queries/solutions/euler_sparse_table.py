from typing import List


class Solution:
    def pathLengths(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> List[int]:
        # Euler tour of depths; the LCA depth is the minimum depth between the
        # first visits of u and v, answered in O(1) with a sparse table.
        adj = [[] for _ in range(n + 1)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        depth = [0] * (n + 1)
        first = [-1] * (n + 1)
        tour = []
        first[1] = 0
        tour.append(0)
        stack = [(1, 0, 0)]  # vertex, parent, next neighbour index
        while stack:
            v, p, i = stack[-1]
            if i < len(adj[v]):
                stack[-1] = (v, p, i + 1)
                w = adj[v][i]
                if w == p:
                    continue
                depth[w] = depth[v] + 1
                first[w] = len(tour)
                tour.append(depth[w])
                stack.append((w, v, 0))
            else:
                stack.pop()
                if stack:
                    tour.append(depth[stack[-1][0]])
        table = [tour]
        span = 1
        while 2 * span <= len(tour):
            prev = table[-1]
            table.append([a if a < b else b for a, b in zip(prev, prev[span:])])
            span *= 2
        res = []
        for u, v in queries:
            l, r = first[u], first[v]
            if l > r:
                l, r = r, l
            k = (r - l + 1).bit_length() - 1
            row = table[k]
            x, y = row[l], row[r - (1 << k) + 1]
            res.append(depth[u] + depth[v] - 2 * (x if x < y else y))
        return res
