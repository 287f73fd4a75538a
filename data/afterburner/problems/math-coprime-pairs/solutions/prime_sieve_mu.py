from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        top = max(nums)
        cnt = [0] * (top + 1)
        for x in nums:
            cnt[x] += 1
        # mu: flip the sign once per prime factor, zero it out for square factors
        mu = [1] * (top + 1)
        is_composite = [False] * (top + 1)
        for p in range(2, top + 1):
            if is_composite[p]:
                continue
            for m in range(p, top + 1, p):
                if m > p:
                    is_composite[m] = True
                mu[m] = -mu[m]
            sq = p * p
            for m in range(sq, top + 1, sq):
                mu[m] = 0
        n = len(nums)
        bad = 0  # pairs sharing at least one prime, by inclusion-exclusion
        for d in range(2, top + 1):
            if mu[d] == 0:
                continue
            c = 0
            for m in range(d, top + 1, d):
                c += cnt[m]
            if c > 1:
                bad -= mu[d] * (c * (c - 1) // 2)
        return n * (n - 1) // 2 - bad
