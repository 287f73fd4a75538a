from collections import deque
from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        islands = 0
        for i in range(rows):
            for j in range(cols):
                if grid[i][j] != '#' or seen[i][j]:
                    continue
                islands += 1
                seen[i][j] = True
                queue = deque([(i, j)])
                while queue:
                    r, c = queue.popleft()
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and grid[nr][nc] == '#':
                            seen[nr][nc] = True
                            queue.append((nr, nc))
        return islands
