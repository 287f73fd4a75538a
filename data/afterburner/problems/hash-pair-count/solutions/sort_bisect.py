import bisect


class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        a = sorted(nums)
        n = len(a)
        total = 0
        for i, x in enumerate(a):
            need = target - x
            if need < x:
                break
            lo = bisect.bisect_left(a, need, i + 1, n)
            hi = bisect.bisect_right(a, need, lo, n)
            total += hi - lo
        return total
