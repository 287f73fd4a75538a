from typing import List


class Solution:
    def minimumMarked(self, n: int, edges: List[List[int]]) -> int:
        # Union by size keeps the trees shallow; a find walks to the root and
        # adds up the parities on the way, without rewriting anything.
        parent = list(range(n + 1))
        rel = [0] * (n + 1)
        size = [1] * (n + 1)

        def find(x: int):
            p = 0
            while parent[x] != x:
                p ^= rel[x]
                x = parent[x]
            return x, p

        for u, v in edges:
            (ru, pu), (rv, pv) = find(u), find(v)
            if ru == rv:
                if pu == pv:
                    return -1
                continue
            if size[ru] < size[rv]:
                ru, rv = rv, ru
            parent[rv] = ru
            rel[rv] = pu ^ pv ^ 1
            size[ru] += size[rv]
        touched = set()
        for u, v in edges:
            touched.add(u)
            touched.add(v)
        colour_one = {}
        for x in touched:
            r, p = find(x)
            colour_one[r] = colour_one.get(r, 0) + p
        return sum(min(k, size[r] - k) for r, k in colour_one.items())
