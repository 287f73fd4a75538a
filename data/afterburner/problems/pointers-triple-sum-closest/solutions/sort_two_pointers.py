class Solution:
    def nearestTripleSum(self, nums: List[int], target: int) -> int:
        a = sorted(nums)
        n = len(a)
        best = a[0] + a[1] + a[2]
        for i in range(n - 2):
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = a[i] + a[lo] + a[hi]
                d, bd = abs(s - target), abs(best - target)
                if d < bd or (d == bd and s < best):
                    best = s
                if s < target:
                    lo += 1
                elif s > target:
                    hi -= 1
                else:
                    return s
        return best
