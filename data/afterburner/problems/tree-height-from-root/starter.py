from typing import List


class Solution:
    def treeHeight(self, n: int, edges: List[List[int]]) -> int:
        pass
