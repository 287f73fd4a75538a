class Solution:
    def locate(self, nums: List[int], queries: List[int]) -> List[int]:
        def search(v):
            lo, hi = 0, len(nums) - 1
            while lo <= hi:
                mid = (lo + hi) // 2
                m = nums[mid]
                if m == v:
                    return mid
                if nums[lo] <= m:
                    if nums[lo] <= v < m:
                        hi = mid - 1
                    else:
                        lo = mid + 1
                else:
                    if m < v <= nums[hi]:
                        lo = mid + 1
                    else:
                        hi = mid - 1
            return -1

        return [search(v) for v in queries]
