from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        n = len(nums)
        res = []
        for i in range(n):
            d = 0
            for j in range(i + 1, n):
                if nums[j] > nums[i]:
                    d = j - i
                    break
            res.append(d)
        return res
