from collections import deque
from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        for r in range(rows):
            c = grid[r].find('S')
            if c >= 0:
                start = (r, c)
        dist = [[-1] * cols for _ in range(rows)]
        dist[start[0]][start[1]] = 0
        queue = deque([start])
        while queue:
            r, c = queue.popleft()
            d = dist[r][c]
            if grid[r][c] == 'T':
                return d
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] < 0 and grid[nr][nc] != '#':
                    dist[nr][nc] = d + 1
                    queue.append((nr, nc))
        return -1
