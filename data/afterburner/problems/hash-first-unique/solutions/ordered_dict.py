from collections import OrderedDict


class Solution:
    def firstSingle(self, nums: List[int]) -> int:
        candidates = OrderedDict()
        dropped = set()
        for i, x in enumerate(nums):
            if x in dropped:
                continue
            if x in candidates:
                del candidates[x]
                dropped.add(x)
            else:
                candidates[x] = i
        for index in candidates.values():
            return index
        return -1
