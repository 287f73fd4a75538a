from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        ans = [0] * len(nums)
        stack = []
        for i, v in enumerate(nums):
            while stack and nums[stack[-1]] <= v:
                j = stack.pop()
                ans[j] = i - j
            stack.append(i)
        return ans
