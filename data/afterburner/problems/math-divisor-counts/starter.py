from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        pass
