from typing import List


class Solution:
    def firstCycleEdge(self, n: int, edges: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges, 1):
            # is v already reachable from u?
            seen = {u}
            stack = [u]
            while stack:
                x = stack.pop()
                if x == v:
                    return i
                for y in adj[x]:
                    if y not in seen:
                        seen.add(y)
                        stack.append(y)
            adj[u].append(v)
            adj[v].append(u)
        return 0
