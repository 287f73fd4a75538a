from collections import Counter


class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        def solve(lo, hi):
            if hi - lo == 1:
                return 1 if nums[lo] == k else 0
            mid = (lo + hi) // 2
            count = solve(lo, mid) + solve(mid, hi)
            suffix = Counter()
            s = 0
            for i in range(mid - 1, lo - 1, -1):
                s += nums[i]
                suffix[s] += 1
            s = 0
            for i in range(mid, hi):
                s += nums[i]
                count += suffix.get(k - s, 0)
            return count

        return solve(0, len(nums))
