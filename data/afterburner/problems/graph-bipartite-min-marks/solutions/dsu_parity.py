from typing import List


class Solution:
    def minimumMarked(self, n: int, edges: List[List[int]]) -> int:
        # parity[x]: colour of x relative to parent[x] (after a find: relative to the root)
        parent = list(range(n + 1))
        parity = [0] * (n + 1)
        size = [1] * (n + 1)

        def find(x: int) -> int:
            path = []
            while parent[x] != x:
                path.append(x)
                x = parent[x]
            root = x
            acc = 0
            for y in reversed(path):
                acc ^= parity[y]
                parity[y] = acc
                parent[y] = root
            return root

        for u, v in edges:
            ru, rv = find(u), find(v)
            if ru == rv:
                if parity[u] == parity[v]:
                    return -1
                continue
            if size[ru] < size[rv]:
                ru, rv, u, v = rv, ru, v, u
            parent[rv] = ru
            parity[rv] = parity[u] ^ parity[v] ^ 1
            size[ru] += size[rv]
        ones = [0] * (n + 1)
        has_edge = [False] * (n + 1)
        for u, v in edges:
            has_edge[u] = has_edge[v] = True
        for x in range(1, n + 1):
            if has_edge[x]:
                find(x)
                ones[parent[x]] += parity[x]
        total = 0
        for r in range(1, n + 1):
            if parent[r] == r and has_edge[r]:
                total += min(ones[r], size[r] - ones[r])
        return total
