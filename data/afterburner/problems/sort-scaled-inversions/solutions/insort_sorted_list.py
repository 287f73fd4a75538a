from bisect import bisect_right, insort


class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        seen = []
        count = 0
        for x in nums:
            count += len(seen) - bisect_right(seen, c * x)
            insort(seen, x)
        return count
