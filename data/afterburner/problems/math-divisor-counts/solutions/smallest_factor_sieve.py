from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        top = max(nums)
        spf = list(range(top + 1))  # smallest prime factor
        p = 2
        while p * p <= top:
            if spf[p] == p:
                for m in range(p * p, top + 1, p):
                    if spf[m] == m:
                        spf[m] = p
            p += 1
        res = []
        for x in nums:
            count = 1
            while x > 1:
                q = spf[x]
                e = 0
                while x % q == 0:
                    x //= q
                    e += 1
                count *= e + 1
            res.append(count)
        return res
