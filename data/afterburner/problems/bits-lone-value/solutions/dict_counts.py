from typing import List


class Solution:
    def loneValue(self, nums: List[int]) -> int:
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        for x in nums:
            if counts[x] == 1:
                return x
        return -1
