from collections import Counter


class Solution:
    def firstSingle(self, nums: List[int]) -> int:
        counts = Counter(nums)
        for i, x in enumerate(nums):
            if counts[x] == 1:
                return i
        return -1
