from typing import List


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        comp = list(range(n + 1))
        for u, v in edges:
            old, new = comp[u], comp[v]
            if old == new:
                continue
            for i in range(1, n + 1):
                if comp[i] == old:
                    comp[i] = new
        return len(set(comp[1:]))
