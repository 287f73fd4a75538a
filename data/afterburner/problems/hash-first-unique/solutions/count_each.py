class Solution:
    def firstSingle(self, nums: List[int]) -> int:
        for i in range(len(nums)):
            occurrences = 0
            for j in range(len(nums)):
                if nums[j] == nums[i]:
                    occurrences += 1
            if occurrences == 1:
                return i
        return -1
