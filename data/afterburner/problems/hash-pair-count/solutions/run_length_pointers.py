from itertools import groupby


class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        nums.sort()
        values = []
        counts = []
        for value, group in groupby(nums):
            values.append(value)
            counts.append(sum(1 for _ in group))
        lo, hi = 0, len(values) - 1
        total = 0
        while lo <= hi:
            s = values[lo] + values[hi]
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                if lo == hi:
                    total += counts[lo] * (counts[lo] - 1) // 2
                else:
                    total += counts[lo] * counts[hi]
                lo += 1
                hi -= 1
        return total
