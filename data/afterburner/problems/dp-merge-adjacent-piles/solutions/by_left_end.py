from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        n = len(w)
        pre = [0] * (n + 1)
        for i in range(n):
            pre[i + 1] = pre[i] + w[i]
        dp = [[0] * n for _ in range(n)]
        for i in range(n - 2, -1, -1):
            di = dp[i]
            for j in range(i + 1, n):
                di[j] = min([di[k] + dp[k + 1][j] for k in range(i, j)]) + pre[j + 1] - pre[i]
        return dp[0][n - 1]
