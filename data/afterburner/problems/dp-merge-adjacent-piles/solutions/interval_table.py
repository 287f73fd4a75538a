from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        n = len(w)
        prefix = [0] * (n + 1)
        for i, x in enumerate(w):
            prefix[i + 1] = prefix[i] + x
        # cost[i][j]: cheapest merge of piles i..j into one
        cost = [[0] * n for _ in range(n)]
        for length in range(2, n + 1):
            for i in range(n - length + 1):
                j = i + length - 1
                row = cost[i]
                best = None
                for k in range(i, j):
                    c = row[k] + cost[k + 1][j]
                    if best is None or c < best:
                        best = c
                row[j] = best + prefix[j + 1] - prefix[i]
        return cost[0][n - 1]
