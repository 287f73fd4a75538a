class Solution:
    def nearestTripleSum(self, nums: List[int], target: int) -> int:
        nums.sort()
        n = len(nums)
        best_sum = None
        best_gap = float('inf')
        for i in range(n - 2):
            first = nums[i]
            left, right = i + 1, n - 1
            while left < right:
                total = first + nums[left] + nums[right]
                gap = abs(total - target)
                if gap < best_gap or (gap == best_gap and total < best_sum):
                    best_gap, best_sum = gap, total
                if total == target:
                    return total
                if total < target:
                    left += 1
                else:
                    right -= 1
        return best_sum
