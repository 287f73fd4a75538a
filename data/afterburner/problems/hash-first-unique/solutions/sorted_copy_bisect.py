from bisect import bisect_left, bisect_right


class Solution:
    def firstSingle(self, nums: List[int]) -> int:
        ordered = sorted(nums)
        for i, x in enumerate(nums):
            if bisect_right(ordered, x) - bisect_left(ordered, x) == 1:
                return i
        return -1
