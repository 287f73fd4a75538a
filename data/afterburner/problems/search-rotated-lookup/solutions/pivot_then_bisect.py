from bisect import bisect_left


class Solution:
    def locate(self, nums: List[int], queries: List[int]) -> List[int]:
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        answer = []
        for v in queries:
            if pivot > 0 and v >= nums[0]:
                i = bisect_left(nums, v, 0, pivot)
            else:
                i = bisect_left(nums, v, pivot, n)
            answer.append(i if i < n and nums[i] == v else -1)
        return answer
