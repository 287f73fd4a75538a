from typing import List


class Solution:
    def largestPairXor(self, nums: List[int]) -> int:
        # decide the answer bit by bit from the top: keep a candidate bit when two
        # prefixes XOR to the candidate
        best = 0
        mask = 0
        for bit in range(29, -1, -1):
            mask |= 1 << bit
            prefixes = {x & mask for x in nums}
            candidate = best | (1 << bit)
            if any((candidate ^ p) in prefixes for p in prefixes):
                best = candidate
        return best
