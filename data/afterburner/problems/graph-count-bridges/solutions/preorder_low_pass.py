from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        # Pass 1: iterative DFS numbering (preorder) and tree parents.
        # Pass 2: low values in reverse preorder, children before parents.
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        num = [0] * (n + 1)
        parent = [0] * (n + 1)
        pre = []
        pos = [0] * (n + 1)
        counter = 0
        for root in range(1, n + 1):
            if num[root]:
                continue
            counter += 1
            num[root] = counter
            pre.append(root)
            stack = [root]
            while stack:
                u = stack[-1]
                if pos[u] < len(adj[u]):
                    v = adj[u][pos[u]]
                    pos[u] += 1
                    if not num[v]:
                        counter += 1
                        num[v] = counter
                        parent[v] = u
                        pre.append(v)
                        stack.append(v)
                else:
                    stack.pop()
        low = num[:]
        bridges = 0
        for u in reversed(pre):
            lu = low[u]
            for v in adj[u]:
                if v == parent[u]:
                    continue
                if parent[v] == u:
                    if low[v] < lu:
                        lu = low[v]
                elif num[v] < lu:
                    lu = num[v]
            low[u] = lu
            if parent[u] and lu > num[parent[u]]:
                bridges += 1
        return bridges
