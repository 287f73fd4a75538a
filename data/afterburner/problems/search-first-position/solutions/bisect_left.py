from bisect import bisect_left


class Solution:
    def firstPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        n = len(nums)
        answer = []
        for v in queries:
            i = bisect_left(nums, v)
            answer.append(i if i < n and nums[i] == v else -1)
        return answer
