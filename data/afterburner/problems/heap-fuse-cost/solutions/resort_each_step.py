from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        items = list(nums)
        total = 0
        while len(items) > 1:
            items.sort()
            s = items[0] + items[1]
            total += s
            items = items[2:] + [s]
        return total
