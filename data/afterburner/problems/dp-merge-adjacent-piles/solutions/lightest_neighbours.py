from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        piles = list(w)
        total = 0
        while len(piles) > 1:
            k = min(range(len(piles) - 1), key=lambda i: piles[i] + piles[i + 1])
            merged = piles[k] + piles[k + 1]
            total += merged
            piles[k : k + 2] = [merged]
        return total
