from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        bookings.sort(key=lambda b: b[1])
        n = len(bookings)
        dp = [0] * n  # dp[i]: best total of a chain that ends with booking i
        for i in range(n):
            s, _, w = bookings[i]
            best_before = 0
            for j in range(i):
                if bookings[j][1] <= s and dp[j] > best_before:
                    best_before = dp[j]
            dp[i] = best_before + w
        return max(dp)
