from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        n = len(bookings)
        by_end = sorted(range(n), key=lambda i: bookings[i][1])
        by_start = sorted(range(n), key=lambda i: bookings[i][0])
        # pred[i]: how many bookings (in end order) finish no later than booking i starts
        pred = [0] * n
        k = 0
        for i in by_start:
            s = bookings[i][0]
            while k < n and bookings[by_end[k]][1] <= s:
                k += 1
            pred[i] = k
        dp = [0] * (n + 1)
        for pos, i in enumerate(by_end):
            cand = dp[pred[i]] + bookings[i][2]
            dp[pos + 1] = cand if cand > dp[pos] else dp[pos]
        return dp[n]
