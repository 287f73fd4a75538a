from typing import List


class Solution:
    def minimumMarked(self, n: int, edges: List[List[int]]) -> int:
        pass
