import heapq
from typing import List


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        # The original numbers never grow, so they are sorted once, heaviest first; only
        # the differences made along the way go into a heap. The heaviest number left is
        # the larger of the two heads.
        stones = sorted(weights, reverse=True)
        made = []  # negated differences
        next_stone = 0

        def take_heaviest():
            nonlocal next_stone
            if made and (next_stone == len(stones) or -made[0] >= stones[next_stone]):
                return -heapq.heappop(made)
            next_stone += 1
            return stones[next_stone - 1]

        left = len(stones)
        while left > 1:
            x = take_heaviest()
            y = take_heaviest()
            left -= 2
            if x > y:
                heapq.heappush(made, y - x)
                left += 1
        return take_heaviest() if left else 0
