from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        bookings.sort(key=lambda b: b[1])
        n = len(bookings)
        dp = [0] * n
        for i in range(n):
            s, _, w = bookings[i]
            prev = 0
            j = i - 1
            while j >= 0:  # latest booking that ends by s
                if bookings[j][1] <= s:
                    prev = dp[j]
                    break
                j -= 1
            dp[i] = max(dp[i - 1] if i else 0, prev + w)
        return dp[-1]
