import math


class Solution:
    def countPrimes(self, n: int) -> int:
        # Lucy's method: S(v) = number of primes <= v for every v of the form n // k
        if n < 2:
            return 0
        r = math.isqrt(n)
        values = [n // k for k in range(1, r + 1)]
        values += list(range(values[-1] - 1, 0, -1))
        s = {v: v - 1 for v in values}
        for p in range(2, r + 1):
            if s[p] > s[p - 1]:
                below = s[p - 1]
                p2 = p * p
                for v in values:
                    if v < p2:
                        break
                    s[v] -= s[v // p] - below
        return s[n]
