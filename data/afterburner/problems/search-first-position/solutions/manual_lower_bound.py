class Solution:
    def firstPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        n = len(nums)
        result = []
        for v in queries:
            lo, hi = 0, n
            while lo < hi:
                mid = (lo + hi) // 2
                if nums[mid] < v:
                    lo = mid + 1
                else:
                    hi = mid
            result.append(lo if lo < n and nums[lo] == v else -1)
        return result
