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
        answers = []
        for u, v in queries:
            steps = 0
            while depth[u] > depth[v]:
                u = parent[u]
                steps += 1
            while depth[v] > depth[u]:
                v = parent[v]
                steps += 1
            while u != v:
                u, v = parent[u], parent[v]
                steps += 2
            answers.append(steps)
        return answers
