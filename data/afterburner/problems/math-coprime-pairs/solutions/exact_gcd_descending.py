from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        top = max(nums)
        freq = [0] * (top + 1)
        for x in nums:
            freq[x] += 1
        # pairs[d] = pairs whose gcd is exactly d, from the largest d down
        pairs = [0] * (top + 1)
        for d in range(top, 0, -1):
            c = 0
            for m in range(d, top + 1, d):
                c += freq[m]
            exact = c * (c - 1) // 2
            for m in range(2 * d, top + 1, d):
                exact -= pairs[m]
            pairs[d] = exact
        return pairs[1]
