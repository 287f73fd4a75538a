class Solution:
    def nearestTripleSum(self, nums: List[int], target: int) -> int:
        a = sorted(nums)
        n = len(a)
        candidates = set()
        for i in range(n - 2):
            if i > 0 and a[i] == a[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            under, over = None, None
            while lo < hi:
                s = a[i] + a[lo] + a[hi]
                if s == target:
                    return s
                if s < target:
                    if under is None or s > under:
                        under = s
                    lo += 1
                else:
                    if over is None or s < over:
                        over = s
                    hi -= 1
            if under is not None:
                candidates.add(under)
            if over is not None:
                candidates.add(over)
        return min(candidates, key=lambda s: (abs(s - target), s))
