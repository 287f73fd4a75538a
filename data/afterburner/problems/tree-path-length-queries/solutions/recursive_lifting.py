import sys
from typing import List


class Solution:
    def pathLengths(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> List[int]:
        sys.setrecursionlimit(n + 1000)
        LOG = 17
        while (1 << LOG) < n:
            LOG += 1
        tree = [[] for _ in range(n + 1)]
        for a, b in edges:
            tree[a].append(b)
            tree[b].append(a)
        # up[v][k] is the 2^k-th ancestor of v (the root is its own ancestor)
        up = [None] * (n + 1)
        depth = [0] * (n + 1)

        def dfs(v: int, p: int) -> None:
            row = [p]
            for k in range(1, LOG):
                row.append(up[row[k - 1]][k - 1])
            up[v] = row
            for w in tree[v]:
                if w != p:
                    depth[w] = depth[v] + 1
                    dfs(w, v)

        up[1] = [1] * LOG
        for w in tree[1]:
            depth[w] = 1
            dfs(w, 1)

        def lca(a: int, b: int) -> int:
            if depth[a] < depth[b]:
                a, b = b, a
            for k in range(LOG - 1, -1, -1):
                if depth[a] - (1 << k) >= depth[b]:
                    a = up[a][k]
            if a == b:
                return a
            for k in range(LOG - 1, -1, -1):
                if up[a][k] != up[b][k]:
                    a, b = up[a][k], up[b][k]
            return up[a][0]

        return [depth[u] + depth[v] - 2 * depth[lca(u, v)] for u, v in queries]
