from typing import List


class Solution:
    def treeHeight(self, n: int, edges: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        # First orient the tree: parent of every vertex.
        parent = [0] * (n + 1)
        parent[1] = -1
        order = [1]
        for node in order:
            for nxt in adj[node]:
                if nxt != parent[node]:
                    parent[nxt] = node
                    order.append(nxt)
        # Then the depth of a vertex: climb until a known depth, fill in on the way back.
        depth = [-1] * (n + 1)
        depth[1] = 0
        for v in range(1, n + 1):
            path = []
            x = v
            while depth[x] < 0:
                path.append(x)
                x = parent[x]
            d = depth[x]
            for y in reversed(path):
                d += 1
                depth[y] = d
        return max(depth[1:])
