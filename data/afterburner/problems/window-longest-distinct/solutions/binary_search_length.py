class Solution:
    def longestClean(self, nums: List[int]) -> int:
        n = len(nums)

        def exists(length):
            counts = {}
            duplicates = 0
            for i, x in enumerate(nums):
                c = counts.get(x, 0)
                if c == 1:
                    duplicates += 1
                counts[x] = c + 1
                if i >= length:
                    y = nums[i - length]
                    c = counts[y]
                    if c == 2:
                        duplicates -= 1
                    counts[y] = c - 1
                if i >= length - 1 and duplicates == 0:
                    return True
            return False

        lo, hi = 1, min(n, len(set(nums)))
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if exists(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
