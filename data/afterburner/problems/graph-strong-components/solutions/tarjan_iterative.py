from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(n + 1)]
        for u, v in arcs:
            adj[u].append(v)
        index = [0] * (n + 1)  # 0 = not visited yet
        low = [0] * (n + 1)
        on_stack = [False] * (n + 1)
        stack = []
        counter = 0
        groups = 0
        largest = 0
        for root in range(1, n + 1):
            if index[root]:
                continue
            work = [(root, 0)]
            while work:
                v, i = work.pop()
                if i == 0:
                    counter += 1
                    index[v] = low[v] = counter
                    stack.append(v)
                    on_stack[v] = True
                else:
                    w = adj[v][i - 1]  # the child we just came back from
                    if low[w] < low[v]:
                        low[v] = low[w]
                descended = False
                edges = adj[v]
                while i < len(edges):
                    w = edges[i]
                    i += 1
                    if not index[w]:
                        work.append((v, i))
                        work.append((w, 0))
                        descended = True
                        break
                    if on_stack[w] and index[w] < low[v]:
                        low[v] = index[w]
                if descended:
                    continue
                if low[v] == index[v]:
                    size = 0
                    while True:
                        w = stack.pop()
                        on_stack[w] = False
                        size += 1
                        if w == v:
                            break
                    groups += 1
                    if size > largest:
                        largest = size
        return [groups, largest]
