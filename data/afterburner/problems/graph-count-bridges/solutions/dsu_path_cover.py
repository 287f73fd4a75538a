from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        # Spanning forest by an explicit-stack search; each non-tree edge covers
        # its tree path. A union-find jumps over tree edges already covered, so
        # every tree edge is covered at most once.
        adj = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges):
            adj[u].append((v, i))
            adj[v].append((u, i))
        parent = [0] * (n + 1)
        depth = [-1] * (n + 1)
        is_tree = bytearray(len(edges))
        for root in range(1, n + 1):
            if depth[root] >= 0:
                continue
            depth[root] = 0
            stack = [root]
            while stack:
                u = stack.pop()
                for v, i in adj[u]:
                    if depth[v] < 0:
                        depth[v] = depth[u] + 1
                        parent[v] = u
                        is_tree[i] = 1
                        stack.append(v)
        jump = list(range(n + 1))  # jump[v]: highest vertex reachable over covered edges

        def top(x: int) -> int:
            r = x
            while jump[r] != r:
                r = jump[r]
            while jump[x] != r:
                jump[x], x = r, jump[x]
            return r

        bridges = n - sum(1 for v in range(1, n + 1) if depth[v] == 0)
        for i, (u, v) in enumerate(edges):
            if is_tree[i]:
                continue
            a, b = top(u), top(v)
            while a != b:
                if depth[a] < depth[b]:
                    a, b = b, a
                jump[a] = parent[a]  # cover the edge a - parent[a]
                bridges -= 1
                a = top(a)
        return bridges
