from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        events = []
        for i, (s, e, w) in enumerate(bookings):
            events.append((s, 1, i))  # starts after ends at the same instant
            events.append((e, 0, i))
        events.sort()
        value = [0] * len(bookings)
        best = 0
        for _, kind, i in events:
            if kind == 1:
                value[i] = best + bookings[i][2]
            elif value[i] > best:
                best = value[i]
        return best
