from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        dp = [False] * (half + 1)
        dp[0] = True
        for x in nums:
            for s in range(x, half + 1):
                if dp[s - x]:
                    dp[s] = True
        return dp[half]
