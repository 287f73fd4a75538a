from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        # A Fenwick tree counts the available tasks; the smallest one is found by
        # descending the tree for the first prefix with count 1.
        adj = [[] for _ in range(n + 1)]
        indeg = [0] * (n + 1)
        for u, v in rules:
            adj[u].append(v)
            indeg[v] += 1
        tree = [0] * (n + 1)

        def add(i: int, delta: int) -> None:
            while i <= n:
                tree[i] += delta
                i += i & -i

        for v in range(1, n + 1):
            if indeg[v] == 0:
                add(v, 1)
        top = 1
        while top * 2 <= n:
            top *= 2
        available = sum(1 for v in range(1, n + 1) if indeg[v] == 0)
        order = []
        while available:
            pos, step = 0, top
            while step:
                if pos + step <= n and tree[pos + step] == 0:
                    pos += step
                step >>= 1
            u = pos + 1
            add(u, -1)
            available -= 1
            order.append(u)
            for v in adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    add(v, 1)
                    available += 1
        return order if len(order) == n else []
