class Solution:
    def locate(self, nums: List[int], queries: List[int]) -> List[int]:
        result = []
        for v in queries:
            if v in nums:
                result.append(nums.index(v))
            else:
                result.append(-1)
        return result
