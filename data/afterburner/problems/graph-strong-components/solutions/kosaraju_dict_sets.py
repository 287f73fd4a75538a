from collections import defaultdict
from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        out_sets = defaultdict(set)
        in_sets = defaultdict(set)
        for u, v in arcs:
            out_sets[u].add(v)
            in_sets[v].add(u)
        visited = set()
        finished = []
        for s in range(1, n + 1):
            if s in visited:
                continue
            visited.add(s)
            stack = [(s, list(out_sets[s]))]
            while stack:
                v, pending = stack[-1]
                while pending and pending[-1] in visited:
                    pending.pop()
                if pending:
                    w = pending.pop()
                    visited.add(w)
                    stack.append((w, list(out_sets[w])))
                else:
                    stack.pop()
                    finished.append(v)
        assigned = set()
        sizes = []
        for s in reversed(finished):
            if s in assigned:
                continue
            assigned.add(s)
            members = [s]
            for v in members:
                for w in in_sets[v]:
                    if w not in assigned:
                        assigned.add(w)
                        members.append(w)
            sizes.append(len(members))
        return [len(sizes), max(sizes)]
