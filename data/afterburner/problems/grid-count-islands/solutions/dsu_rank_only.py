from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        parent = {}
        rank = {}

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        def union(a, b) -> bool:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            if rank[ra] < rank[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            if rank[ra] == rank[rb]:
                rank[ra] += 1
            return True

        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == '#':
                    parent[(r, c)] = (r, c)
                    rank[(r, c)] = 0
        count = len(parent)
        for r, c in list(parent):
            if (r + 1, c) in parent and union((r, c), (r + 1, c)):
                count -= 1
            if (r, c + 1) in parent and union((r, c), (r, c + 1)):
                count -= 1
        return count
