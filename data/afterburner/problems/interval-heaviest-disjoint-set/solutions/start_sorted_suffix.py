from bisect import bisect_left
from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        items = sorted(bookings)
        starts = [b[0] for b in items]
        n = len(items)
        dp = [0] * (n + 1)  # dp[i]: best using bookings i.. (sorted by start)
        for i in range(n - 1, -1, -1):
            s, e, w = items[i]
            nxt = bisect_left(starts, e, i + 1)
            dp[i] = max(dp[i + 1], w + dp[nxt])
        return dp[0]
