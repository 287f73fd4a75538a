import sys
from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        sys.setrecursionlimit(rows * cols + 1000)
        cells = [list(row) for row in grid]

        def sink(r: int, c: int) -> None:
            cells[r][c] = '.'
            if r > 0 and cells[r - 1][c] == '#':
                sink(r - 1, c)
            if r + 1 < rows and cells[r + 1][c] == '#':
                sink(r + 1, c)
            if c > 0 and cells[r][c - 1] == '#':
                sink(r, c - 1)
            if c + 1 < cols and cells[r][c + 1] == '#':
                sink(r, c + 1)

        total = 0
        for r in range(rows):
            for c in range(cols):
                if cells[r][c] == '#':
                    total += 1
                    sink(r, c)
        return total
