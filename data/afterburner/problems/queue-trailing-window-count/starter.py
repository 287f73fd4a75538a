from typing import List


class Solution:
    def windowCounts(self, times: List[int], w: int) -> List[int]:
        pass
