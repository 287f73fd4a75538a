from typing import List


class Solution:
    def oneBitCounts(self, n: int) -> List[int]:
        res = [0] * (n + 1)
        power = 1
        for i in range(1, n + 1):
            if i == power * 2:
                power = i
            res[i] = res[i - power] + 1
        return res
