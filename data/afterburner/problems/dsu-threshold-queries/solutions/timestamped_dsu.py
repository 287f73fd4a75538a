from typing import List


class Solution:
    def reachableUnder(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> str:
        # Union by size without path compression, processing edges by weight.
        # Each link remembers the weight that created it, so later a query can
        # follow only the links created at weight <= t (the trees stay shallow).
        parent = list(range(n + 1))
        link_w = [0] * (n + 1)
        size = [1] * (n + 1)

        def root(x: int) -> int:
            while parent[x] != x:
                x = parent[x]
            return x

        for u, v, w in sorted(edges, key=lambda e: e[2]):
            ru, rv = root(u), root(v)
            if ru == rv:
                continue
            if size[ru] < size[rv]:
                ru, rv = rv, ru
            parent[rv] = ru
            link_w[rv] = w
            size[ru] += size[rv]

        def capped_root(x: int, t: int) -> int:
            while parent[x] != x and link_w[x] <= t:
                x = parent[x]
            return x

        return ''.join('1' if capped_root(a, t) == capped_root(b, t) else '0' for a, b, t in queries)
