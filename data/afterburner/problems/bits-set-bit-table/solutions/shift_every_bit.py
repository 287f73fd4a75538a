from typing import List


class Solution:
    def oneBitCounts(self, n: int) -> List[int]:
        res = []
        for i in range(n + 1):
            c = 0
            for b in range(20):
                c += (i >> b) & 1
            res.append(c)
        return res
