class Solution:
    def firstPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        order = sorted(range(len(queries)), key=queries.__getitem__)
        answer = [-1] * len(queries)
        n = len(nums)
        i = 0
        for idx in order:
            v = queries[idx]
            while i < n and nums[i] < v:
                i += 1
            if i < n and nums[i] == v:
                answer[idx] = i
        return answer
