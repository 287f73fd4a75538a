from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        def solve(i, j):
            if i == j:
                return 0
            return min(solve(i, k) + solve(k + 1, j) for k in range(i, j)) + sum(w[i : j + 1])

        return solve(0, len(w) - 1)
