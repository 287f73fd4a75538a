from collections import deque
from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        base = deque(sorted(nums))
        fused = deque()  # sums are produced in non-decreasing order

        def take():
            if not fused or (base and base[0] <= fused[0]):
                return base.popleft()
            return fused.popleft()

        total = 0
        for _ in range(len(nums) - 1):
            s = take() + take()
            total += s
            fused.append(s)
        return total
