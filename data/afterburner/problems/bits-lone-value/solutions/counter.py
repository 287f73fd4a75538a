from collections import Counter
from typing import List


class Solution:
    def loneValue(self, nums: List[int]) -> int:
        for value, count in Counter(nums).items():
            if count == 1:
                return value
        return 0
