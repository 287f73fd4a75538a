import heapq
from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        src = dst = None
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 'S':
                    src = (r, c)
                elif grid[r][c] == 'T':
                    dst = (r, c)
        best = {src: 0}
        heap = [(0, src)]
        while heap:
            d, (r, c) = heapq.heappop(heap)
            if (r, c) == dst:
                return d
            if d > best[(r, c)]:
                continue
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#':
                    if d + 1 < best.get((nr, nc), float('inf')):
                        best[(nr, nc)] = d + 1
                        heapq.heappush(heap, (d + 1, (nr, nc)))
        return -1
