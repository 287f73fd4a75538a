from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        pass
