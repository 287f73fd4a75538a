from bisect import bisect_right
from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        bookings.sort(key=lambda b: b[1])
        ends = [b[1] for b in bookings]
        best = [0] * (len(bookings) + 1)  # best[i]: using only the first i bookings
        for i, (s, e, w) in enumerate(bookings):
            j = bisect_right(ends, s, 0, i)  # bookings that end no later than s
            take = best[j] + w
            best[i + 1] = take if take > best[i] else best[i]
        return best[-1]
