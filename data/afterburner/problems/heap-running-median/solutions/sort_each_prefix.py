from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        result = []
        for i in range(1, len(nums) + 1):
            prefix = sorted(nums[:i])
            result.append(prefix[(i - 1) // 2])
        return result
