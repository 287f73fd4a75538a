from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        top = max(nums)
        freq = [0] * (top + 1)
        for x in nums:
            freq[x] += 1
        # Moebius function by a linear sieve
        mu = [1] * (top + 1)
        composite = bytearray(top + 1)
        primes = []
        for i in range(2, top + 1):
            if not composite[i]:
                primes.append(i)
                mu[i] = -1
            for p in primes:
                if i * p > top:
                    break
                composite[i * p] = 1
                if i % p == 0:
                    mu[i * p] = 0
                    break
                mu[i * p] = -mu[i]
        total = 0
        for d in range(1, top + 1):
            if mu[d] == 0:
                continue
            c = sum(freq[d::d])  # entries divisible by d
            total += mu[d] * (c * (c - 1) // 2)
        return total
