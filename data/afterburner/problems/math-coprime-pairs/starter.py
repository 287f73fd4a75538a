from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        pass
