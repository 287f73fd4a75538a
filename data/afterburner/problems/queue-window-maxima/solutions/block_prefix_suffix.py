from typing import List


class Solution:
    def windowMaxima(self, nums: List[int], k: int) -> List[int]:
        n = len(nums)
        prefix = nums[:]
        suffix = nums[:]
        for i in range(1, n):
            if i % k and prefix[i - 1] > prefix[i]:
                prefix[i] = prefix[i - 1]
        for i in range(n - 2, -1, -1):
            if (i + 1) % k and suffix[i + 1] > suffix[i]:
                suffix[i] = suffix[i + 1]
        return [max(suffix[i], prefix[i + k - 1]) for i in range(n - k + 1)]
