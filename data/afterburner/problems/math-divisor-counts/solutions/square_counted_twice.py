import math
from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        out = []
        for x in nums:
            c = 0
            for i in range(1, math.isqrt(x) + 1):
                if x % i == 0:
                    c += 2
            out.append(c)
        return out
