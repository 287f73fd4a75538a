from itertools import combinations
from typing import List


class Solution:
    def cheapestRoundTrip(self, cost: List[List[int]]) -> int:
        n = len(cost)
        if n == 1:
            return 0
        # layer of subsets of {1..n-1} with a fixed size: {(mask, end): cost}
        layer = {(1 << k, k): cost[0][k] for k in range(1, n)}
        for size in range(2, n):
            nxt = {}
            for subset in combinations(range(1, n), size):
                mask = 0
                for k in subset:
                    mask |= 1 << k
                for k in subset:
                    prev = mask ^ (1 << k)
                    nxt[(mask, k)] = min(
                        layer[(prev, j)] + cost[j][k] for j in subset if j != k
                    )
            layer = nxt
        return min(v + cost[end][0] for (mask, end), v in layer.items())
