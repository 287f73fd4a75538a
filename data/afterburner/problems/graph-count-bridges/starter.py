from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        pass
