from typing import List


class Solution:
    def treeHeight(self, n: int, edges: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        parent = [0] * (n + 1)
        parent[1] = -1
        stack = [1]
        while stack:
            node = stack.pop()
            for nxt in adj[node]:
                if nxt != parent[node]:
                    parent[nxt] = node
                    stack.append(nxt)
        # walk from every vertex up to the root and keep the longest walk
        best = 0
        for v in range(2, n + 1):
            steps = 0
            x = v
            while x != 1:
                x = parent[x]
                steps += 1
            best = max(best, steps)
        return best
