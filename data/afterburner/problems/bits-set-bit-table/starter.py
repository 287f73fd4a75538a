from typing import List


class Solution:
    def oneBitCounts(self, n: int) -> List[int]:
        pass
