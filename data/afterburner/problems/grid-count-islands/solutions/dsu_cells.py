from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        parent = list(range(rows * cols))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        regions = 0
        for i in range(rows):
            row = grid[i]
            above = grid[i - 1] if i else None
            for j in range(cols):
                if row[j] != '#':
                    continue
                regions += 1
                cell = i * cols + j
                if j and row[j - 1] == '#':
                    a, b = find(cell - 1), find(cell)
                    if a != b:
                        parent[b] = a
                        regions -= 1
                if above is not None and above[j] == '#':
                    a, b = find(cell - cols), find(cell)
                    if a != b:
                        parent[b] = a
                        regions -= 1
        return regions
