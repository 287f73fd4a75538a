class Solution:
    def locate(self, nums: List[int], queries: List[int]) -> List[int]:
        def find(lo, hi, v):
            if lo > hi:
                return -1
            mid = (lo + hi) // 2
            if nums[mid] == v:
                return mid
            if nums[lo] <= nums[mid]:
                if nums[lo] <= v < nums[mid]:
                    return find(lo, mid - 1, v)
                return find(mid + 1, hi, v)
            if nums[mid] < v <= nums[hi]:
                return find(mid + 1, hi, v)
            return find(lo, mid - 1, v)

        return [find(0, len(nums) - 1, v) for v in queries]
