from typing import List


class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        pass
