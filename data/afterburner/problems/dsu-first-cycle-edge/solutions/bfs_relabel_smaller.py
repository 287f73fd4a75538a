from collections import deque
from typing import List


class Solution:
    def firstCycleEdge(self, n: int, edges: List[List[int]]) -> int:
        # Keep a component id per vertex. Joining two components re-labels the
        # smaller one by walking it over the edges added so far.
        comp = list(range(n + 1))
        size = [1] * (n + 1)
        adj = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges):
            cu, cv = comp[u], comp[v]
            if cu == cv:
                return i + 1
            if size[cu] > size[cv]:
                u, v, cu, cv = v, u, cv, cu
            size[cv] += size[cu]
            comp[u] = cv
            queue = deque([u])
            while queue:
                x = queue.popleft()
                for y in adj[x]:
                    if comp[y] == cu:
                        comp[y] = cv
                        queue.append(y)
            adj[u].append(v)
            adj[v].append(u)
        return 0
