from typing import List


class Solution:
    def windowCounts(self, times: List[int], w: int) -> List[int]:
        out = []
        for i, t in enumerate(times):
            lo, hi = 0, i
            # first index whose time is greater than t - w
            while lo < hi:
                mid = (lo + hi) // 2
                if times[mid] > t - w:
                    hi = mid
                else:
                    lo = mid + 1
            out.append(i - lo + 1)
        return out
