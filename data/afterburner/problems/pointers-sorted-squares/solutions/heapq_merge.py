import heapq


class Solution:
    def sortedSquares(self, nums: List[int]) -> List[int]:
        negative_part = (x * x for x in reversed(nums) if x < 0)
        other_part = (x * x for x in nums if x >= 0)
        return list(heapq.merge(negative_part, other_part))
