from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        n = len(nums)
        nxt = [n] * n
        for i in range(n - 2, -1, -1):
            j = i + 1
            v = nums[i]
            while j < n and nums[j] <= v:
                j = nxt[j]
            nxt[i] = j
        return [0 if nxt[i] == n else nxt[i] - i for i in range(n)]
