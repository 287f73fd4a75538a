from typing import List


class Solution:
    def oneBitCounts(self, n: int) -> List[int]:
        return [i.bit_count() for i in range(n + 1)]
