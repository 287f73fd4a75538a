class Solution:
    def longestClean(self, nums: List[int]) -> int:
        previous = {}
        run = 0
        best = 0
        for i, x in enumerate(nums):
            gap = i - previous.get(x, -1)
            run = min(run + 1, gap)
            previous[x] = i
            best = max(best, run)
        return best
