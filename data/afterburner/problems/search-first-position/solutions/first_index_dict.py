class Solution:
    def firstPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        first = {}
        for i, x in enumerate(nums):
            if x not in first:
                first[x] = i
        return [first.get(v, -1) for v in queries]
