from bisect import bisect_right


class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        def solve(lo, hi):
            if hi - lo < 2:
                return 0
            mid = (lo + hi) // 2
            total = solve(lo, mid) + solve(mid, hi)
            left = sorted(nums[lo:mid])
            size = len(left)
            for j in range(mid, hi):
                total += size - bisect_right(left, c * nums[j])
            return total

        return solve(0, len(nums))
