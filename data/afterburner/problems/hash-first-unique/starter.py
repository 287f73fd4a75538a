from typing import List


class Solution:
    def firstSingle(self, nums: List[int]) -> int:
        pass
