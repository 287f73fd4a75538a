from typing import List


class Solution:
    def windowMaxima(self, nums: List[int], k: int) -> List[int]:
        # only one level is needed: the largest power of two not above k
        row = nums
        p = 1
        while 2 * p <= k:
            row = [max(row[i], row[i + p]) for i in range(len(row) - p)]
            p *= 2
        shift = k - p
        return [max(row[i], row[i + shift]) for i in range(len(nums) - k + 1)]
