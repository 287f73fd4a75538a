from collections import defaultdict
from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        times = sorted({t for s, e, _ in bookings for t in (s, e)})
        at = {t: i for i, t in enumerate(times)}
        ending = defaultdict(list)
        for s, e, w in bookings:
            ending[at[e]].append((at[s], w))
        best = [0] * len(times)  # best[t]: bookings that all end by times[t]
        for t in range(1, len(times)):
            cur = best[t - 1]
            for st, w in ending.get(t, ()):
                cand = best[st] + w
                if cand > cur:
                    cur = cand
            best[t] = cur
        return best[-1]
