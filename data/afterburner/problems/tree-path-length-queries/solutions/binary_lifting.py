from collections import deque
from typing import List


class Solution:
    def pathLengths(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(n + 1)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        parent = [0] * (n + 1)
        depth = [-1] * (n + 1)
        parent[1], depth[1] = 1, 0
        queue = deque([1])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if depth[y] < 0:
                    depth[y] = depth[x] + 1
                    parent[y] = x
                    queue.append(y)
        LOG = max(1, n.bit_length())
        up = [parent]
        for _ in range(1, LOG):
            prev = up[-1]
            up.append([prev[prev[v]] for v in range(n + 1)])

        def lca(a: int, b: int) -> int:
            if depth[a] < depth[b]:
                a, b = b, a
            diff = depth[a] - depth[b]
            k = 0
            while diff:
                if diff & 1:
                    a = up[k][a]
                diff >>= 1
                k += 1
            if a == b:
                return a
            for k in range(LOG - 1, -1, -1):
                if up[k][a] != up[k][b]:
                    a = up[k][a]
                    b = up[k][b]
            return parent[a]

        return [depth[u] + depth[v] - 2 * depth[lca(u, v)] for u, v in queries]
