class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        nums = sorted(nums)
        left, right = 0, len(nums) - 1
        count = 0
        while left < right:
            current = nums[left] + nums[right]
            if current == target:
                count += 1
                left += 1
                right -= 1
            elif current < target:
                left += 1
            else:
                right -= 1
        return count
