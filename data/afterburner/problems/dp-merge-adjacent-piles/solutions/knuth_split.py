from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        # interval DP with Knuth's bound: opt[i][j-1] <= opt[i][j] <= opt[i+1][j]
        n = len(w)
        pre = [0]
        for x in w:
            pre.append(pre[-1] + x)
        dp = [[0] * n for _ in range(n)]
        opt = [[0] * n for _ in range(n)]
        for i in range(n):
            opt[i][i] = i
        for length in range(2, n + 1):
            for i in range(n - length + 1):
                j = i + length - 1
                lo = opt[i][j - 1]
                hi = min(opt[i + 1][j], j - 1)
                best, arg = None, lo
                for k in range(lo, hi + 1):
                    c = dp[i][k] + dp[k + 1][j]
                    if best is None or c < best:
                        best, arg = c, k
                dp[i][j] = best + pre[j + 1] - pre[i]
                opt[i][j] = arg
        return dp[0][n - 1]
