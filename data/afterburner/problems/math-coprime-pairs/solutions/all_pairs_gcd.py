from math import gcd
from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        n = len(nums)
        count = 0
        for i in range(n):
            for j in range(i + 1, n):
                if gcd(nums[i], nums[j]) == 1:
                    count += 1
        return count
