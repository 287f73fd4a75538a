from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        top = max(nums)
        mu = [0] * (top + 1)
        mu[1] = 1
        for i in range(1, top + 1):
            if mu[i]:
                for j in range(2 * i, top + 1, i):
                    mu[j] -= mu[i]
        freq = [0] * (top + 1)
        for x in nums:
            freq[x] += 1
        ordered = 0
        for d in range(1, top + 1):
            if mu[d]:
                c = sum(freq[d::d])
                ordered += mu[d] * c * c
        return ordered // 2
