from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges):
            adj[u].append((v, i))
            adj[v].append((u, i))
        disc = [0] * (n + 1)
        low = [0] * (n + 1)
        timer = 1
        bridges = 0
        for root in range(1, n + 1):
            if disc[root]:
                continue
            disc[root] = low[root] = timer
            timer += 1
            # frames: (vertex, id of the edge used to enter it, next neighbour index)
            stack = [[root, -1, 0]]
            while stack:
                frame = stack[-1]
                u, via, i = frame
                if i < len(adj[u]):
                    frame[2] = i + 1
                    v, eid = adj[u][i]
                    if eid == via:
                        continue
                    if disc[v]:
                        if disc[v] < low[u]:
                            low[u] = disc[v]
                    else:
                        disc[v] = low[v] = timer
                        timer += 1
                        stack.append([v, eid, 0])
                else:
                    stack.pop()
                    if stack:
                        p = stack[-1][0]
                        if low[u] < low[p]:
                            low[p] = low[u]
                        if low[u] > disc[p]:
                            bridges += 1
        return bridges
