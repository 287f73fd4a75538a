import heapq
from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        flat = ''.join(grid)
        s, t = flat.index('S'), flat.index('T')
        tr, tc = divmod(t, cols)

        def h(cell: int) -> int:
            r, c = divmod(cell, cols)
            return abs(r - tr) + abs(c - tc)

        g = [-1] * (rows * cols)
        g[s] = 0
        heap = [(h(s), 0, s)]
        closed = bytearray(rows * cols)
        while heap:
            f, d, cell = heapq.heappop(heap)
            if closed[cell]:
                continue
            closed[cell] = 1
            if cell == t:
                return d
            r, c = divmod(cell, cols)
            nbs = []
            if r > 0:
                nbs.append(cell - cols)
            if r + 1 < rows:
                nbs.append(cell + cols)
            if c > 0:
                nbs.append(cell - 1)
            if c + 1 < cols:
                nbs.append(cell + 1)
            for nb in nbs:
                if flat[nb] == '#' or closed[nb]:
                    continue
                if g[nb] < 0 or d + 1 < g[nb]:
                    g[nb] = d + 1
                    heapq.heappush(heap, (d + 1 + h(nb), d + 1, nb))
        return -1
