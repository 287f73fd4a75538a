from typing import List


class Solution:
    def windowCounts(self, times: List[int], w: int) -> List[int]:
        res = [0] * len(times)
        left = 0
        for right, t in enumerate(times):
            while t - times[left] >= w:
                left += 1
            res[right] = right - left + 1
        return res
