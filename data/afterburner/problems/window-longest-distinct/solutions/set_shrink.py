class Solution:
    def longestClean(self, nums: List[int]) -> int:
        window = set()
        left = 0
        best = 0
        for x in nums:
            while x in window:
                window.remove(nums[left])
                left += 1
            window.add(x)
            best = max(best, len(window))
        return best
