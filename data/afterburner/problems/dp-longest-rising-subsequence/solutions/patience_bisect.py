from bisect import bisect_left
from typing import List


class Solution:
    def longestRising(self, nums: List[int]) -> int:
        # tails[k] is the smallest possible last value of a rising subsequence of length k+1
        tails = []
        for x in nums:
            k = bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
