from bisect import insort
from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        seen = []
        medians = []
        for x in nums:
            insort(seen, x)
            medians.append(seen[(len(seen) - 1) // 2])
        return medians
