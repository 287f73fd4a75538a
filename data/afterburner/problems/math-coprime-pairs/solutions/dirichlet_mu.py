from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        top = max(nums)
        # mu from sum_{d | n} mu(d) = [n == 1]
        mu = [0] * (top + 1)
        mu[1] = 1
        for i in range(1, top + 1):
            if mu[i]:
                for j in range(2 * i, top + 1, i):
                    mu[j] -= mu[i]
        freq = [0] * (top + 1)
        for x in nums:
            freq[x] += 1
        ordered = 0  # ordered pairs, an entry paired with itself included
        for d in range(1, top + 1):
            if mu[d]:
                c = sum(freq[d::d])
                ordered += mu[d] * c * c
        ones = freq[1] if top >= 1 else 0
        return (ordered - ones) // 2
