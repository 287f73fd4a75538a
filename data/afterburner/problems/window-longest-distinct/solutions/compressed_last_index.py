class Solution:
    def longestClean(self, nums: List[int]) -> int:
        rank = {v: i for i, v in enumerate(sorted(set(nums)))}
        last = [-1] * len(rank)
        start = 0
        best = 0
        for i, x in enumerate(nums):
            r = rank[x]
            if last[r] >= start:
                start = last[r] + 1
            last[r] = i
            length = i - start + 1
            if length > best:
                best = length
        return best
