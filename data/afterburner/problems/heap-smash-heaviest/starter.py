from typing import List


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        pass
