from typing import List


class Solution:
    def loneValue(self, nums: List[int]) -> int:
        pass
