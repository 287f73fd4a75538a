class Solution:
    def firstPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        def find(lo, hi, v):
            if lo > hi:
                return -1
            mid = (lo + hi) // 2
            if nums[mid] < v:
                return find(mid + 1, hi, v)
            if nums[mid] > v:
                return find(lo, mid - 1, v)
            if mid == lo or nums[mid - 1] != v:
                return mid
            return find(lo, mid - 1, v)

        last = len(nums) - 1
        return [find(0, last, v) for v in queries]
