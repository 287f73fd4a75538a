from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        start = target = None
        for r, row in enumerate(grid):
            if 'S' in row:
                start = (r, row.index('S'))
            if 'T' in row:
                target = (r, row.index('T'))
        visited = [[ch == '#' for ch in row] for row in grid]
        visited[start[0]][start[1]] = True
        frontier = [start]
        steps = 0
        while frontier:
            if target in frontier:
                return steps
            steps += 1
            nxt = []
            for r, c in frontier:
                if r > 0 and not visited[r - 1][c]:
                    visited[r - 1][c] = True
                    nxt.append((r - 1, c))
                if r + 1 < rows and not visited[r + 1][c]:
                    visited[r + 1][c] = True
                    nxt.append((r + 1, c))
                if c > 0 and not visited[r][c - 1]:
                    visited[r][c - 1] = True
                    nxt.append((r, c - 1))
                if c + 1 < cols and not visited[r][c + 1]:
                    visited[r][c + 1] = True
                    nxt.append((r, c + 1))
            frontier = nxt
        return -1
