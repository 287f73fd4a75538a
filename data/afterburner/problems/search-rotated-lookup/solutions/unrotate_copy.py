from bisect import bisect_left


class Solution:
    def locate(self, nums: List[int], queries: List[int]) -> List[int]:
        n = len(nums)
        shift = nums.index(min(nums))
        ordered = nums[shift:] + nums[:shift]
        result = []
        for v in queries:
            k = bisect_left(ordered, v)
            if k < n and ordered[k] == v:
                result.append((k + shift) % n)
            else:
                result.append(-1)
        return result
