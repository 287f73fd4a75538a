class Solution:
    def longestClean(self, nums: List[int]) -> int:
        last = {}
        left = 0
        best = 0
        for right, x in enumerate(nums):
            prev = last.get(x, -1)
            if prev >= left:
                left = prev + 1
            last[x] = right
            if right - left + 1 > best:
                best = right - left + 1
        return best
