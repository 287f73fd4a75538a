class Solution:
    def longestClean(self, nums: List[int]) -> int:
        last = {}
        left = 0
        best = 0
        for right, x in enumerate(nums):
            if x in last:
                left = last[x] + 1
            last[x] = right
            best = max(best, right - left + 1)
        return best
