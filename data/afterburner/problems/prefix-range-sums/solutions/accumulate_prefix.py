from itertools import accumulate


class Solution:
    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        prefix = list(accumulate(nums, initial=0))
        return [prefix[r] - prefix[l - 1] for l, r in queries]
