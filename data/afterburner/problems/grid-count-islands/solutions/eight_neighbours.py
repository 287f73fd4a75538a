from collections import deque
from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        seen = set()
        islands = 0
        for i in range(rows):
            for j in range(cols):
                if grid[i][j] == '#' and (i, j) not in seen:
                    islands += 1
                    seen.add((i, j))
                    queue = deque([(i, j)])
                    while queue:
                        r, c = queue.popleft()
                        for dr in (-1, 0, 1):
                            for dc in (-1, 0, 1):
                                nr, nc = r + dr, c + dc
                                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == '#' and (nr, nc) not in seen:
                                    seen.add((nr, nc))
                                    queue.append((nr, nc))
        return islands
