from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        ans = [0] * len(nums)
        waiting = []  # indices whose larger value has not appeared yet
        for i, v in enumerate(nums):
            while waiting and nums[waiting[-1]] < v:
                j = waiting.pop()
                ans[j] = i - j
            waiting.append(i)
        return ans
