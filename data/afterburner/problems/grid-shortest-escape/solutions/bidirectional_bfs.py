from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        start = target = None
        for r, row in enumerate(grid):
            for c, ch in enumerate(row):
                if ch == 'S':
                    start = r * cols + c
                elif ch == 'T':
                    target = r * cols + c
        # side[cell]: 0 unseen, 1 reached from S, 2 reached from T
        side = [0] * (rows * cols)
        dist = [0] * (rows * cols)
        side[start], side[target] = 1, 2
        fronts = {1: [start], 2: [target]}

        def neighbours(cell):
            r, c = divmod(cell, cols)
            if r > 0 and grid[r - 1][c] != '#':
                yield cell - cols
            if r + 1 < rows and grid[r + 1][c] != '#':
                yield cell + cols
            if c > 0 and grid[r][c - 1] != '#':
                yield cell - 1
            if c + 1 < cols and grid[r][c + 1] != '#':
                yield cell + 1

        while fronts[1] and fronts[2]:
            who = 1 if len(fronts[1]) <= len(fronts[2]) else 2
            nxt = []
            for cell in fronts[who]:
                for nb in neighbours(cell):
                    if side[nb] == 0:
                        side[nb] = who
                        dist[nb] = dist[cell] + 1
                        nxt.append(nb)
                    elif side[nb] != who:
                        return dist[cell] + dist[nb] + 1
            fronts[who] = nxt
        return -1
