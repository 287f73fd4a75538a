from typing import List


class Solution:
    def countIslands(self, grid: List[str]) -> int:
        pass
