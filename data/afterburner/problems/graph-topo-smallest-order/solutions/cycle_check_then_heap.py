import heapq
from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(n + 1)]
        for u, v in rules:
            adj[u].append(v)
        # 1) reject cyclic inputs with an iterative three-colour DFS
        WHITE, GREY, BLACK = 0, 1, 2
        colour = [WHITE] * (n + 1)
        for root in range(1, n + 1):
            if colour[root] != WHITE:
                continue
            colour[root] = GREY
            stack = [(root, 0)]
            while stack:
                node, i = stack[-1]
                if i < len(adj[node]):
                    stack[-1] = (node, i + 1)
                    nxt = adj[node][i]
                    if colour[nxt] == GREY:
                        return []
                    if colour[nxt] == WHITE:
                        colour[nxt] = GREY
                        stack.append((nxt, 0))
                else:
                    colour[node] = BLACK
                    stack.pop()
        # 2) the input is acyclic: always take the smallest available task
        indeg = [0] * (n + 1)
        for u, v in rules:
            indeg[v] += 1
        heap = [v for v in range(1, n + 1) if not indeg[v]]
        heapq.heapify(heap)
        order = []
        while heap:
            u = heapq.heappop(heap)
            order.append(u)
            for v in adj[u]:
                indeg[v] -= 1
                if not indeg[v]:
                    heapq.heappush(heap, v)
        return order
