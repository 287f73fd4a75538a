from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        # Path-based algorithm (Gabow): stack S of vertices, stack P of
        # boundaries of the groups not yet finished.
        adj = [[] for _ in range(n + 1)]
        for u, v in arcs:
            adj[u].append(v)
        pre = [0] * (n + 1)
        group = [0] * (n + 1)
        S, P = [], []
        counter = 0
        groups = largest = 0
        ptr = [0] * (n + 1)
        for root in range(1, n + 1):
            if pre[root]:
                continue
            counter += 1
            pre[root] = counter
            S.append(root)
            P.append(root)
            call = [root]
            while call:
                v = call[-1]
                if ptr[v] < len(adj[v]):
                    w = adj[v][ptr[v]]
                    ptr[v] += 1
                    if not pre[w]:
                        counter += 1
                        pre[w] = counter
                        S.append(w)
                        P.append(w)
                        call.append(w)
                    elif not group[w]:
                        while pre[P[-1]] > pre[w]:
                            P.pop()
                    continue
                call.pop()
                if P[-1] == v:
                    P.pop()
                    groups += 1
                    size = 0
                    while True:
                        w = S.pop()
                        group[w] = groups
                        size += 1
                        if w == v:
                            break
                    if size > largest:
                        largest = size
        return [groups, largest]
