from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        # Bellman-Ford style: sweep the grid and relax every cell from its
        # neighbours until no distance improves.
        rows, cols = len(grid), len(grid[0])
        INF = rows * cols + 1
        dist = [[INF] * cols for _ in range(rows)]
        target = None
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 'S':
                    dist[r][c] = 0
                elif grid[r][c] == 'T':
                    target = (r, c)
        changed = True
        while changed:
            changed = False
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] == '#':
                        continue
                    best = dist[r][c]
                    if r > 0 and dist[r - 1][c] + 1 < best:
                        best = dist[r - 1][c] + 1
                    if r + 1 < rows and dist[r + 1][c] + 1 < best:
                        best = dist[r + 1][c] + 1
                    if c > 0 and dist[r][c - 1] + 1 < best:
                        best = dist[r][c - 1] + 1
                    if c + 1 < cols and dist[r][c + 1] + 1 < best:
                        best = dist[r][c + 1] + 1
                    if best < dist[r][c]:
                        dist[r][c] = best
                        changed = True
        d = dist[target[0]][target[1]]
        return d if d < INF else -1
