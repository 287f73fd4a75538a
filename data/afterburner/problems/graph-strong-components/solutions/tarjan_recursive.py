import sys
from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        sys.setrecursionlimit(n + 1000)
        graph = [[] for _ in range(n + 1)]
        for u, v in arcs:
            graph[u].append(v)
        idx = [-1] * (n + 1)
        low = [0] * (n + 1)
        on_stack = [False] * (n + 1)
        stack = []
        sizes = []
        counter = [0]

        def connect(v: int) -> None:
            idx[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v)
            on_stack[v] = True
            for w in graph[v]:
                if idx[w] == -1:
                    connect(w)
                    low[v] = min(low[v], low[w])
                elif on_stack[w]:
                    low[v] = min(low[v], idx[w])
            if low[v] == idx[v]:
                size = 0
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    size += 1
                    if w == v:
                        break
                sizes.append(size)

        for v in range(1, n + 1):
            if idx[v] == -1:
                connect(v)
        return [len(sizes), max(sizes)]
