from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(n + 1)]
        indeg = [0] * (n + 1)
        for u, v in rules:
            adj[u].append(v)
            indeg[v] += 1
        used = [False] * (n + 1)
        order = []
        for _ in range(n):
            pick = 0
            for v in range(1, n + 1):
                if not used[v] and indeg[v] == 0:
                    pick = v
                    break
            if pick == 0:
                return []
            used[pick] = True
            order.append(pick)
            for v in adj[pick]:
                indeg[v] -= 1
        return order
