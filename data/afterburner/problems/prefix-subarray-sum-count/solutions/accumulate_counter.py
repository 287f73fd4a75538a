from collections import Counter
from itertools import accumulate


class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        prefixes = list(accumulate(nums, initial=0))
        before = Counter()
        result = 0
        for p in prefixes:
            result += before[p - k]
            before[p] += 1
        return result
