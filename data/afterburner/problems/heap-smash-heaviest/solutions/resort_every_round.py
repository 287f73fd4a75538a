from typing import List


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        stones = list(weights)
        while len(stones) > 1:
            stones.sort()
            x = stones.pop()
            y = stones.pop()
            if x != y:
                stones.append(x - y)
        return stones[0] if stones else 0
