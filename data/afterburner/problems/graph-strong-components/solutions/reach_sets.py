from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        # For every vertex not yet grouped: its group is everything it reaches
        # that also reaches it back (a forward and a backward search each time).
        fwd = [[] for _ in range(n + 1)]
        bwd = [[] for _ in range(n + 1)]
        for u, v in arcs:
            fwd[u].append(v)
            bwd[v].append(u)

        def reach(s: int, adj) -> set:
            seen = {s}
            stack = [s]
            while stack:
                v = stack.pop()
                for w in adj[v]:
                    if w not in seen:
                        seen.add(w)
                        stack.append(w)
            return seen

        grouped = [False] * (n + 1)
        sizes = []
        for v in range(1, n + 1):
            if grouped[v]:
                continue
            members = reach(v, fwd) & reach(v, bwd)
            for w in members:
                grouped[w] = True
            sizes.append(len(members))
        return [len(sizes), max(sizes)]
