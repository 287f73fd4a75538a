from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        res = []
        for x in nums:
            res.append(sum(1 for d in range(1, x + 1) if x % d == 0))
        return res
