class Solution:
    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        result = []
        for l, r in queries:
            total = 0
            for i in range(l - 1, r):
                total += nums[i]
            result.append(total)
        return result
