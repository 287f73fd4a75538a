from bisect import bisect_left
from typing import List


class Solution:
    def largestPairXor(self, nums: List[int]) -> int:
        # greedy over bits; the partner of each prefix is looked up by binary search
        best = 0
        for bit in range(29, -1, -1):
            prefixes = sorted({x >> bit for x in nums})
            candidate = (best << 1) | 1
            found = False
            for p in prefixes:
                q = p ^ candidate
                k = bisect_left(prefixes, q)
                if k < len(prefixes) and prefixes[k] == q:
                    found = True
                    break
            best = candidate if found else best << 1
        return best
