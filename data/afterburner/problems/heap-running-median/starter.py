from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        pass
