from bisect import bisect_right
from typing import List


class Solution:
    def longestRising(self, nums: List[int]) -> int:
        piles = []
        for x in nums:
            k = bisect_right(piles, x)
            if k == len(piles):
                piles.append(x)
            else:
                piles[k] = x
        return len(piles)
