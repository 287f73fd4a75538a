from itertools import permutations
from typing import List


class Solution:
    def cheapestRoundTrip(self, cost: List[List[int]]) -> int:
        n = len(cost)
        best = None
        for order in permutations(range(1, n)):
            total, at = 0, 0
            for p in order:
                total += cost[at][p]
                at = p
            total += cost[at][0]
            if best is None or total < best:
                best = total
        return best
