from collections import deque
from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        # BFS spanning forest; every non-tree edge u-v covers the tree path u..v.
        # With binary lifting for the LCA, add +1 at u and v and -2 at the LCA:
        # the subtree sum below a tree edge counts the edges covering it.
        adj = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges):
            adj[u].append((v, i))
            adj[v].append((u, i))
        parent = [0] * (n + 1)
        depth = [-1] * (n + 1)
        order = []
        in_tree = [False] * len(edges)
        for root in range(1, n + 1):
            if depth[root] >= 0:
                continue
            depth[root] = 0
            parent[root] = root
            queue = deque([root])
            while queue:
                u = queue.popleft()
                order.append(u)
                for v, i in adj[u]:
                    if depth[v] < 0:
                        depth[v] = depth[u] + 1
                        parent[v] = u
                        in_tree[i] = True
                        queue.append(v)
        LOG = max(1, max(depth).bit_length())
        up = [parent]
        for k in range(1, LOG):
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
                    a, b = up[k][a], up[k][b]
            return parent[a]

        cover = [0] * (n + 1)
        for i, (u, v) in enumerate(edges):
            if in_tree[i]:
                continue
            cover[u] += 1
            cover[v] += 1
            cover[lca(u, v)] -= 2
        for v in reversed(order):
            if parent[v] != v:
                cover[parent[v]] += cover[v]
        return sum(1 for v in range(1, n + 1) if parent[v] != v and cover[v] == 0)
