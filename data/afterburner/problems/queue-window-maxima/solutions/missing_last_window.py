from collections import deque
from typing import List


class Solution:
    def windowMaxima(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        out = []
        for i in range(len(nums) - 1):
            v = nums[i]
            while dq and nums[dq[-1]] <= v:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k - 1:
                out.append(nums[dq[0]])
        return out
