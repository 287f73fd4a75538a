from bisect import insort
from typing import List


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        stones = sorted(weights)
        while len(stones) > 1:
            x = stones.pop()
            y = stones.pop()
            if x != y:
                insort(stones, x - y)
        return stones[0] if stones else 0
