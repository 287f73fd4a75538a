from typing import List


class Solution:
    def longestClean(self, nums: List[int]) -> int:
        pass
