from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2 == 1:
            return False
        target = total // 2
        n = len(nums)
        dp = [[False] * (target + 1) for _ in range(n + 1)]
        dp[0][0] = True
        for i in range(1, n + 1):
            x = nums[i - 1]
            prev, cur = dp[i - 1], dp[i]
            for s in range(target + 1):
                cur[s] = prev[s] or (s >= x and prev[s - x])
        return dp[n][target]
