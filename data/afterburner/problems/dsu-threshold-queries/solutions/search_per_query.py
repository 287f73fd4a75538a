from collections import deque
from typing import List


class Solution:
    def reachableUnder(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> str:
        adj = [[] for _ in range(n + 1)]
        for u, v, w in edges:
            adj[u].append((v, w))
            adj[v].append((u, w))
        out = []
        for a, b, t in queries:
            seen = {a}
            queue = deque([a])
            while queue and b not in seen:
                x = queue.popleft()
                for y, w in adj[x]:
                    if w <= t and y not in seen:
                        seen.add(y)
                        queue.append(y)
            out.append('1' if b in seen else '0')
        return ''.join(out)
