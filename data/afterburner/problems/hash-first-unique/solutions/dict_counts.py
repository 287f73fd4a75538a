class Solution:
    def firstSingle(self, nums: List[int]) -> int:
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        i = 0
        while i < len(nums):
            if counts[nums[i]] == 1:
                return i
            i += 1
        return -1
