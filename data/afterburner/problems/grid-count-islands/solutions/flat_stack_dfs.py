from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        # Pad the map with a water border and work on one flat bytearray.
        rows, cols = len(grid), len(grid[0])
        width = cols + 2
        land = bytearray(width * (rows + 2))
        for i, row in enumerate(grid):
            base = (i + 1) * width + 1
            land[base:base + cols] = row.replace('#', '\x01').replace('.', '\x00').encode()
        steps = (1, -1, width, -width)
        count = 0
        for start in range(len(land)):
            if not land[start]:
                continue
            count += 1
            land[start] = 0
            stack = [start]
            while stack:
                cell = stack.pop()
                for d in steps:
                    nxt = cell + d
                    if land[nxt]:
                        land[nxt] = 0
                        stack.append(nxt)
        return count
