from bisect import bisect_left
from itertools import accumulate


class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        prefixes = list(accumulate(nums, initial=0))
        values = sorted(set(prefixes))
        m = len(values)
        counts = [0] * m
        total = 0
        for p in prefixes:
            want = p - k
            r = bisect_left(values, want)
            if r < m and values[r] == want:
                total += counts[r]
            counts[bisect_left(values, p)] += 1
        return total
