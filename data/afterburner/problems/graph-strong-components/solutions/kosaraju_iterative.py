from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        fwd = [[] for _ in range(n + 1)]
        rev = [[] for _ in range(n + 1)]
        for u, v in arcs:
            fwd[u].append(v)
            rev[v].append(u)
        # pass 1: vertices by finishing time
        seen = bytearray(n + 1)
        finish = []
        for s in range(1, n + 1):
            if seen[s]:
                continue
            seen[s] = 1
            stack = [(s, iter(fwd[s]))]
            while stack:
                v, it = stack[-1]
                for w in it:
                    if not seen[w]:
                        seen[w] = 1
                        stack.append((w, iter(fwd[w])))
                        break
                else:
                    stack.pop()
                    finish.append(v)
        # pass 2: flood the reversed graph in decreasing finishing time
        comp = bytearray(n + 1)
        groups = largest = 0
        for s in reversed(finish):
            if comp[s]:
                continue
            comp[s] = 1
            groups += 1
            size = 0
            todo = [s]
            while todo:
                v = todo.pop()
                size += 1
                for w in rev[v]:
                    if not comp[w]:
                        comp[w] = 1
                        todo.append(w)
            largest = max(largest, size)
        return [groups, largest]
