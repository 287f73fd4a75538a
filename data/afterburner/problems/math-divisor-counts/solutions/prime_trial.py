import math
from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        limit = math.isqrt(max(nums)) + 1
        flags = bytearray([1]) * (limit + 1)
        primes = []
        for i in range(2, limit + 1):
            if flags[i]:
                primes.append(i)
                flags[i * i :: i] = bytes(len(range(i * i, limit + 1, i)))
        res = []
        for x in nums:
            total = 1
            for p in primes:
                if p * p > x:
                    break
                if x % p == 0:
                    e = 1
                    x //= p
                    while x % p == 0:
                        x //= p
                        e += 1
                    total *= e + 1
            if x > 1:
                total *= 2
            res.append(total)
        return res
