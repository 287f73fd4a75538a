from bisect import bisect_right
from functools import partial


class Solution:
    def kthGap(self, nums: List[int], k: int) -> int:
        a = sorted(nums)
        n = len(a)
        offset = n * (n + 1) // 2
        position = partial(bisect_right, a)

        def pairs_up_to(d):
            return sum(map(position, [x + d for x in a])) - offset

        lo, hi = 0, a[-1] - a[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if pairs_up_to(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
