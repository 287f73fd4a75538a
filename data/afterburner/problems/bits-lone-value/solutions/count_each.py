from typing import List


class Solution:
    def loneValue(self, nums: List[int]) -> int:
        for x in nums:
            if nums.count(x) == 1:
                return x
        return 0
