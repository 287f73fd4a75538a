class Solution:
    def firstPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        result = []
        for v in queries:
            pos = -1
            for i in range(len(nums)):
                if nums[i] == v:
                    pos = i
                    break
                if nums[i] > v:
                    break
            result.append(pos)
        return result
