from typing import List


class Solution:
    def canSplitEvenly(self, nums: List[int]) -> bool:
        pass
