from typing import List


class Solution:
    def oneBitCounts(self, n: int) -> List[int]:
        res = []
        for i in range(n + 1):
            x, c = i, 0
            while x:
                x &= x - 1
                c += 1
            res.append(c)
        return res
