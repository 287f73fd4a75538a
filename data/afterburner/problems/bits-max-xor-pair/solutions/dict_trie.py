from typing import List


class Solution:
    def largestPairXor(self, nums: List[int]) -> int:
        root = {}
        best = 0
        for i, x in enumerate(nums):
            if i:
                node, value = root, 0
                for b in range(29, -1, -1):
                    want = ((x >> b) & 1) ^ 1
                    if want in node:
                        value |= 1 << b
                        node = node[want]
                    else:
                        node = node[want ^ 1]
                best = max(best, value)
            node = root
            for b in range(29, -1, -1):
                node = node.setdefault((x >> b) & 1, {})
        return best
