from typing import List


class Solution:
    def cheapestRoundTrip(self, cost: List[List[int]]) -> int:
        n = len(cost)
        if n == 1:
            return 0
        INF = float("inf")
        full = 1 << n
        dp = [[INF] * n for _ in range(full)]
        dp[1][0] = 0
        for mask in range(1, full, 2):
            for j in range(n):
                if dp[mask][j] == INF:
                    continue
                for k in range(n):
                    if not mask & (1 << k):
                        nxt = mask | (1 << k)
                        dp[nxt][k] = min(dp[nxt][k], dp[mask][j] + cost[j][k])
        return min(dp[full - 1][1:])
