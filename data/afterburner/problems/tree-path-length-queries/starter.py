from typing import List


class Solution:
    def pathLengths(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> List[int]:
        pass
