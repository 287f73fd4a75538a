import math
from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        out = []
        for x in nums:
            r = math.isqrt(x)
            c = sum(2 for i in range(1, r + 1) if x % i == 0)
            if r * r == x:
                c -= 1
            out.append(c)
        return out
