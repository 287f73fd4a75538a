from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        # linear sieve of the divisor function d(n), with e[n] the exponent of the
        # smallest prime factor of n
        top = max(nums)
        d = [0] * (top + 1)
        e = [0] * (top + 1)
        if top >= 1:
            d[1] = 1
        primes = []
        for i in range(2, top + 1):
            if d[i] == 0:
                primes.append(i)
                d[i] = 2
                e[i] = 1
            di, ei = d[i], e[i]
            for p in primes:
                m = i * p
                if m > top:
                    break
                if i % p == 0:
                    e[m] = ei + 1
                    d[m] = di // (ei + 1) * (ei + 2)
                    break
                e[m] = 1
                d[m] = di * 2
        return [d[x] for x in nums]
