class Solution:
    def sortedSquares(self, nums: List[int]) -> List[int]:
        biggest = max(abs(nums[0]), abs(nums[-1]))
        counts = [0] * (biggest + 1)
        for x in nums:
            counts[abs(x)] += 1
        result = []
        for value, c in enumerate(counts):
            if c:
                result.extend([value * value] * c)
        return result
