from typing import List


class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        pass
