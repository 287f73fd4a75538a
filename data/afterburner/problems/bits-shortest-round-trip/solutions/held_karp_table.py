from typing import List


class Solution:
    def cheapestRoundTrip(self, cost: List[List[int]]) -> int:
        n = len(cost)
        if n == 1:
            return 0
        INF = float("inf")
        full = 1 << n
        # dp[mask][j]: cheapest path from 0 through exactly the points of mask, ending at j
        dp = [[INF] * n for _ in range(full)]
        dp[1][0] = 0
        for mask in range(1, full, 2):
            row = dp[mask]
            for j in range(n):
                here = row[j]
                if here == INF:
                    continue
                cj = cost[j]
                for k in range(1, n):
                    if mask & (1 << k):
                        continue
                    nxt = mask | (1 << k)
                    value = here + cj[k]
                    if value < dp[nxt][k]:
                        dp[nxt][k] = value
        last = dp[full - 1]
        return min(last[j] + cost[j][0] for j in range(1, n))
