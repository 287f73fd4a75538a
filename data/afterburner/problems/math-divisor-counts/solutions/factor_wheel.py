from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        def tally(x: int) -> int:
            total = 1
            for p in (2, 3):
                e = 0
                while x % p == 0:
                    x //= p
                    e += 1
                total *= e + 1
            f = 5
            while f * f <= x:
                for p in (f, f + 2):
                    e = 0
                    while x % p == 0:
                        x //= p
                        e += 1
                    total *= e + 1
                f += 6
            if x > 1:
                total *= 2
            return total

        return [tally(x) for x in nums]
