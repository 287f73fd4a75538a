from typing import List


class Solution:
    def oneBitCounts(self, n: int) -> List[int]:
        res = [0] * (n + 1)
        for i in range(1, n + 1):
            # i & (i - 1) clears the lowest set bit
            res[i] = res[i & (i - 1)] + 1
        return res
