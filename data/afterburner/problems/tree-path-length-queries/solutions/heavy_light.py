from typing import List


class Solution:
    def pathLengths(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(n + 1)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        parent = [0] * (n + 1)
        depth = [0] * (n + 1)
        order = [1]
        for v in order:
            for w in adj[v]:
                if w != parent[v]:
                    parent[w] = v
                    depth[w] = depth[v] + 1
                    order.append(w)
        size = [1] * (n + 1)
        heavy = [0] * (n + 1)
        for v in reversed(order):
            p = parent[v]
            if p:
                size[p] += size[v]
                if heavy[p] == 0 or size[v] > size[heavy[p]]:
                    heavy[p] = v
        head = [0] * (n + 1)
        for v in order:  # parents come before children in BFS order
            p = parent[v]
            head[v] = head[p] if p and heavy[p] == v else v

        def lca(a: int, b: int) -> int:
            while head[a] != head[b]:
                if depth[head[a]] > depth[head[b]]:
                    a = parent[head[a]]
                else:
                    b = parent[head[b]]
            return a if depth[a] < depth[b] else b

        return [depth[u] + depth[v] - 2 * depth[lca(u, v)] for u, v in queries]
