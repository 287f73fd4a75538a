from typing import List


class Solution:
    def loneValue(self, nums: List[int]) -> int:
        s = sorted(nums)
        for i in range(0, len(s) - 1, 2):
            if s[i] != s[i + 1]:
                return s[i]
        return s[-1]
