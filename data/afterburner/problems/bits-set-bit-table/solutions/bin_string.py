from typing import List


class Solution:
    def oneBitCounts(self, n: int) -> List[int]:
        return [bin(i).count("1") for i in range(n + 1)]
