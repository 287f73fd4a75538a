from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        # Available tasks are marked in a bytearray; `low` never exceeds the
        # smallest available task, so bytearray.find locates it.
        adj = [[] for _ in range(n + 1)]
        indeg = [0] * (n + 1)
        for u, v in rules:
            adj[u].append(v)
            indeg[v] += 1
        avail = bytearray(n + 2)
        avail[n + 1] = 1  # sentinel
        for v in range(1, n + 1):
            if indeg[v] == 0:
                avail[v] = 1
        low = 1
        order = []
        while True:
            u = avail.find(1, low)
            if u > n:
                break
            avail[u] = 0
            low = u + 1
            order.append(u)
            for v in adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    avail[v] = 1
                    if v < low:
                        low = v
        return order if len(order) == n else []
