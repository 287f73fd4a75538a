from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        # Give every land cell its own label, then let the smallest label spread
        # over neighbours until nothing changes.
        rows, cols = len(grid), len(grid[0])
        label = [[r * cols + c if grid[r][c] == '#' else -1 for c in range(cols)] for r in range(rows)]
        changed = True
        while changed:
            changed = False
            for r in range(rows):
                for c in range(cols):
                    cur = label[r][c]
                    if cur < 0:
                        continue
                    best = cur
                    if r > 0 and 0 <= label[r - 1][c] < best:
                        best = label[r - 1][c]
                    if r + 1 < rows and 0 <= label[r + 1][c] < best:
                        best = label[r + 1][c]
                    if c > 0 and 0 <= label[r][c - 1] < best:
                        best = label[r][c - 1]
                    if c + 1 < cols and 0 <= label[r][c + 1] < best:
                        best = label[r][c + 1]
                    if best < cur:
                        label[r][c] = best
                        changed = True
        return len({x for row in label for x in row if x >= 0})
