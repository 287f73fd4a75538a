from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        # Build a DFS forest; every back edge marks the tree path it spans as
        # "on a cycle", walking up until an already visited vertex. Tree edges
        # that stay unmarked are the bridges.
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        order = [0] * (n + 1)
        parent = [0] * (n + 1)
        preorder = []
        t = 0
        for root in range(1, n + 1):
            if order[root]:
                continue
            t += 1
            order[root] = t
            preorder.append(root)
            stack = [(root, iter(adj[root]))]
            while stack:
                u, it = stack[-1]
                for v in it:
                    if not order[v]:
                        t += 1
                        order[v] = t
                        parent[v] = u
                        preorder.append(v)
                        stack.append((v, iter(adj[v])))
                        break
                else:
                    stack.pop()
        visited = bytearray(n + 1)
        on_cycle = bytearray(n + 1)  # on_cycle[v]: the tree edge v-parent[v] is covered
        for u in preorder:
            visited[u] = 1
            for v in adj[u]:
                # back edge u -> v with v a descendant of u (entered later, not a child)
                if order[v] > order[u] and parent[v] != u:
                    x = v
                    while not visited[x]:
                        visited[x] = 1
                        on_cycle[x] = 1
                        x = parent[x]
        tree_edges = sum(1 for v in range(1, n + 1) if parent[v])
        return tree_edges - sum(on_cycle)
