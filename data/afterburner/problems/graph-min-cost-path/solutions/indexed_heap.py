from typing import List


class Solution:
    def minCost(self, n: int, arcs: List[List[int]]) -> int:
        # Dijkstra with a hand-written binary heap that supports decrease-key,
        # so each vertex is in the heap at most once.
        adj = [[] for _ in range(n + 1)]
        for u, v, w in arcs:
            adj[u].append((v, w))
        INF = 1 << 62
        dist = [INF] * (n + 1)
        pos = [-1] * (n + 1)  # index in heap, -1 = not in heap
        heap = []

        def sift_up(i: int) -> None:
            v = heap[i]
            dv = dist[v]
            while i > 0:
                p = (i - 1) >> 1
                if dist[heap[p]] <= dv:
                    break
                heap[i] = heap[p]
                pos[heap[i]] = i
                i = p
            heap[i] = v
            pos[v] = i

        def sift_down(i: int) -> None:
            size = len(heap)
            v = heap[i]
            dv = dist[v]
            while True:
                c = 2 * i + 1
                if c >= size:
                    break
                if c + 1 < size and dist[heap[c + 1]] < dist[heap[c]]:
                    c += 1
                if dist[heap[c]] >= dv:
                    break
                heap[i] = heap[c]
                pos[heap[i]] = i
                i = c
            heap[i] = v
            pos[v] = i

        dist[1] = 0
        heap.append(1)
        pos[1] = 0
        while heap:
            u = heap[0]
            last = heap.pop()
            pos[u] = -2  # settled
            if heap:
                heap[0] = last
                sift_down(0)
            du = dist[u]
            for v, w in adj[u]:
                if pos[v] == -2:
                    continue
                nd = du + w
                if nd < dist[v]:
                    dist[v] = nd
                    if pos[v] == -1:
                        heap.append(v)
                        sift_up(len(heap) - 1)
                    else:
                        sift_up(pos[v])
        return dist[n] if dist[n] < INF else -1
