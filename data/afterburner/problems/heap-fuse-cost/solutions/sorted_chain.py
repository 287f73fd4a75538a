from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        a = sorted(nums)
        total = 0
        acc = a[0]
        for v in a[1:]:
            acc += v
            total += acc
        return total
