from bisect import bisect_left
from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        bookings.sort(key=lambda b: b[1])
        ends = [b[1] for b in bookings]
        best = [0] * (len(bookings) + 1)
        for i, (s, e, w) in enumerate(bookings):
            j = bisect_left(ends, s, 0, i)
            best[i + 1] = max(best[i], best[j] + w)
        return best[-1]
