from collections import Counter
from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        def prime_factors(x):
            ps = []
            f = 2
            while f * f <= x:
                if x % f == 0:
                    ps.append(f)
                    while x % f == 0:
                        x //= f
                f += 1 if f == 2 else 2
            if x > 1:
                ps.append(x)
            return ps

        # how many entries each squarefree d divides, grouped by distinct values
        divisible = Counter()
        radicals = {}
        for value, times in Counter(nums).items():
            divs = [(1, 1)]
            for p in prime_factors(value):
                divs += [(d * p, -s) for d, s in divs]
            radicals[value] = divs
            for d, _ in divs:
                divisible[d] += times
        n = len(nums)
        # for each entry, the number of entries coprime to it (itself included if it is 1)
        ordered = 0
        for value, times in Counter(nums).items():
            coprime = sum(s * divisible[d] for d, s in radicals[value])
            ordered += times * coprime
        ones = nums.count(1)
        return (ordered - ones) // 2
