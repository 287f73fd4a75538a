from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total & 1:
            return False
        half = total >> 1
        sums = {0}
        for x in nums:
            sums |= {s + x for s in sums if s + x <= half}
            if half in sums:
                return True
        return half in sums
