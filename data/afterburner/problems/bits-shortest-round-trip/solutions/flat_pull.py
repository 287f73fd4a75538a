from typing import List


class Solution:
    def cheapestRoundTrip(self, cost: List[List[int]]) -> int:
        n = len(cost)
        if n == 1:
            return 0
        m = n - 1  # points 1..n-1 become bits 0..m-1
        INF = 1 << 60
        size = 1 << m
        dp = [INF] * (size * m)  # dp[mask * m + j]: end at point j+1 having seen mask
        for j in range(m):
            dp[(1 << j) * m + j] = cost[0][j + 1]
        for mask in range(1, size):
            base = mask * m
            for j in range(m):
                if not mask >> j & 1:
                    continue
                prev = mask ^ (1 << j)
                if prev == 0:
                    continue
                pbase = prev * m
                best = dp[base + j]
                for i in range(m):
                    if prev >> i & 1:
                        v = dp[pbase + i] + cost[i + 1][j + 1]
                        if v < best:
                            best = v
                dp[base + j] = best
        last = (size - 1) * m
        return min(dp[last + j] + cost[j + 1][0] for j in range(m))
