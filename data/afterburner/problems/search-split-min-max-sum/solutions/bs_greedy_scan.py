class Solution:
    def lightestCut(self, nums: List[int], m: int) -> int:
        def parts_needed(limit):
            parts = 1
            current = 0
            for x in nums:
                if current + x > limit:
                    parts += 1
                    current = x
                else:
                    current += x
            return parts

        lo, hi = max(nums), sum(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if parts_needed(mid) <= m:
                hi = mid
            else:
                lo = mid + 1
        return lo
