from typing import List


class Solution:
    def firstCycleEdge(self, n: int, edges: List[List[int]]) -> int:
        group = list(range(n + 1))
        members = {v: [v] for v in range(1, n + 1)}
        for number, (u, v) in enumerate(edges, start=1):
            gu, gv = group[u], group[v]
            if gu == gv:
                return number
            if len(members[gu]) > len(members[gv]):
                gu, gv = gv, gu
            moved = members.pop(gu)
            for w in moved:
                group[w] = gv
            members[gv].extend(moved)
        return 0
