from typing import List


class Solution:
    def reachableUnder(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> str:
        parent = list(range(n + 1))
        rank = [0] * (n + 1)

        def find(x: int) -> int:
            while parent[x] != x:
                x = parent[x]
            return x

        events = sorted((w, u, v) for u, v, w in edges)
        asks = sorted((t, i, a, b) for i, (a, b, t) in enumerate(queries))
        result = bytearray(b'0' * len(queries))
        k = 0
        for t, i, a, b in asks:
            while k < len(events) and events[k][0] <= t:
                _, u, v = events[k]
                k += 1
                ru, rv = find(u), find(v)
                if ru == rv:
                    continue
                if rank[ru] < rank[rv]:
                    ru, rv = rv, ru
                parent[rv] = ru
                if rank[ru] == rank[rv]:
                    rank[ru] += 1
            if find(a) == find(b):
                result[i] = ord('1')
        return result.decode()
