class Solution:
    def kthGap(self, nums: List[int], k: int) -> int:
        a = sorted(nums)
        n = len(a)

        def count_at_most(d):
            total = 0
            left = 0
            for right in range(n):
                while a[right] - a[left] > d:
                    left += 1
                total += right - left
            return total

        lo, hi = 0, a[-1] - a[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if count_at_most(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
