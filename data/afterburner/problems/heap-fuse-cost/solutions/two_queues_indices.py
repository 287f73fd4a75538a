from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        a = sorted(nums)
        n = len(a)
        sums = [0] * n
        i = j = tail = 0
        total = 0
        big = float("inf")
        for _ in range(n - 1):
            pair = 0
            for _ in range(2):
                x = a[i] if i < n else big
                y = sums[j] if j < tail else big
                if x <= y:
                    pair += x
                    i += 1
                else:
                    pair += y
                    j += 1
            sums[tail] = pair
            tail += 1
            total += pair
        return total
