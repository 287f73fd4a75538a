from bisect import bisect_right
from typing import List


class Solution:
    def windowCounts(self, times: List[int], w: int) -> List[int]:
        # events j with t_j > t_i - w are inside the window
        return [i + 1 - bisect_right(times, t - w, 0, i + 1) for i, t in enumerate(times)]
