from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(n + 1)]
        indeg = [0] * (n + 1)
        for u, v in rules:
            adj[u].append(v)
            indeg[v] += 1
        size = 1
        while size < n + 1:
            size *= 2
        INF = n + 1
        seg = [INF] * (2 * size)

        def set_leaf(i: int, value: int) -> None:
            i += size
            seg[i] = value
            i //= 2
            while i:
                left, right = seg[2 * i], seg[2 * i + 1]
                seg[i] = left if left < right else right
                i //= 2

        for v in range(1, n + 1):
            if indeg[v] == 0:
                seg[size + v] = v
        for i in range(size - 1, 0, -1):
            seg[i] = min(seg[2 * i], seg[2 * i + 1])
        order = []
        while seg[1] != INF:
            u = seg[1]
            set_leaf(u, INF)
            order.append(u)
            for v in adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    set_leaf(v, v)
        return order if len(order) == n else []
