class Solution:
    def sortedSquares(self, nums: List[int]) -> List[int]:
        n = len(nums)
        result = [0] * n
        left, right = 0, n - 1
        for pos in range(n - 1, -1, -1):
            a, b = nums[left], nums[right]
            if -a > b:
                result[pos] = a * a
                left += 1
            else:
                result[pos] = b * b
                right -= 1
        return result
