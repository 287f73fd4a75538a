from typing import List


class Solution:
    def largestPairXor(self, nums: List[int]) -> int:
        def best_across(left, right, bit):
            # largest a ^ b with a from left and b from right; both groups agree above bit
            if bit < 0 or not left or not right:
                return 0 if left and right else -1
            l0 = [x for x in left if not (x >> bit) & 1]
            l1 = [x for x in left if (x >> bit) & 1]
            r0 = [x for x in right if not (x >> bit) & 1]
            r1 = [x for x in right if (x >> bit) & 1]
            if (l0 and r1) or (l1 and r0):
                return (1 << bit) | max(best_across(l0, r1, bit - 1), best_across(l1, r0, bit - 1))
            return best_across(l0 or l1, r0 or r1, bit - 1)

        values = sorted(set(nums))
        if len(values) == 1:
            return 0
        for bit in range(29, -1, -1):
            high = [x for x in values if (x >> bit) & 1]
            if high and len(high) < len(values):
                low = [x for x in values if not (x >> bit) & 1]
                return best_across(low, high, bit)
        return 0
