from bisect import bisect_right
from itertools import accumulate


class Solution:
    def lightestCut(self, nums: List[int], m: int) -> int:
        prefix = list(accumulate(nums, initial=0))
        n = len(nums)

        def fits(limit):
            pos = 0
            for _ in range(m):
                pos = bisect_right(prefix, prefix[pos] + limit) - 1
                if pos == n:
                    return True
            return False

        lo, hi = max(nums), prefix[-1]
        while lo < hi:
            mid = (lo + hi) // 2
            if fits(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
