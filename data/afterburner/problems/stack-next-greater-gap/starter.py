from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        pass
