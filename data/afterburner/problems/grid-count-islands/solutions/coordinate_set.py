from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        land = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == '#'}
        islands = 0
        while land:
            islands += 1
            todo = [land.pop()]
            while todo:
                r, c = todo.pop()
                for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if nb in land:
                        land.remove(nb)
                        todo.append(nb)
        return islands
