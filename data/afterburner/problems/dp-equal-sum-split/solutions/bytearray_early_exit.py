from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2 or max(nums) * 2 > total:
            return False
        half = total // 2
        ok = bytearray(half + 1)
        ok[0] = 1
        best = 0
        for x in sorted(nums, reverse=True):
            best = min(half, best + x)
            for s in range(best, x - 1, -1):
                if not ok[s] and ok[s - x]:
                    ok[s] = 1
            if ok[half]:
                return True
        return False
