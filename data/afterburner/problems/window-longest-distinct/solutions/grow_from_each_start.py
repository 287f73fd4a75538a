class Solution:
    def longestClean(self, nums: List[int]) -> int:
        n = len(nums)
        best = 0
        for start in range(n):
            seen = set()
            end = start
            while end < n and nums[end] not in seen:
                seen.add(nums[end])
                end += 1
            best = max(best, end - start)
        return best
