from typing import List


class Solution:
    def lightestCut(self, nums: List[int], m: int) -> int:
        pass
