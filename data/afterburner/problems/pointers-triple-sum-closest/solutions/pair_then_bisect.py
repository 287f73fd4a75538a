from bisect import bisect_left


class Solution:
    def nearestTripleSum(self, nums: List[int], target: int) -> int:
        a = sorted(nums)
        n = len(a)
        best = a[0] + a[1] + a[2]
        best_gap = abs(best - target)
        for i in range(n - 2):
            for j in range(i + 1, n - 1):
                base = a[i] + a[j]
                k = bisect_left(a, target - base, j + 1, n)
                for idx in (k - 1, k):
                    if j < idx < n:
                        s = base + a[idx]
                        gap = abs(s - target)
                        if gap < best_gap or (gap == best_gap and s < best):
                            best, best_gap = s, gap
        return best
