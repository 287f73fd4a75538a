from collections import deque
from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        start = next((r, row.index('S')) for r, row in enumerate(grid) if 'S' in row)
        seen = [[False] * cols for _ in range(rows)]
        seen[start[0]][start[1]] = True
        queue = deque([(start[0], start[1], 0)])
        while queue:
            r, c, d = queue.popleft()
            if grid[r][c] == 'T':
                return d
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if nr < rows and nc < cols and grid[nr][nc] != '#' and not seen[nr][nc]:
                    seen[nr][nc] = True
                    queue.append((nr, nc, d + 1))
        return -1
