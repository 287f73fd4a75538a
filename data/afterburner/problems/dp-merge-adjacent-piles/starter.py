from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        pass
