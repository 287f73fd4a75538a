from bisect import bisect_right


class Solution:
    def kthGap(self, nums: List[int], k: int) -> int:
        a = sorted(nums)
        n = len(a)

        def pairs_within(d):
            count = 0
            for i in range(n):
                count += bisect_right(a, a[i] + d, i + 1) - i - 1
            return count

        lo, hi = 0, a[-1] - a[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if pairs_within(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
