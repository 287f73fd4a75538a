from typing import List


class Solution:
    def largestPairXor(self, nums: List[int]) -> int:
        # binary trie in two flat child lists; node 0 is the root, -1 means absent
        zero = [-1]
        one = [-1]
        for x in nums:
            node = 0
            for b in range(29, -1, -1):
                child = one if (x >> b) & 1 else zero
                nxt = child[node]
                if nxt == -1:
                    nxt = len(zero)
                    child[node] = nxt
                    zero.append(-1)
                    one.append(-1)
                node = nxt
        best = 0
        for x in nums:
            node, value = 0, 0
            for b in range(29, -1, -1):
                if (x >> b) & 1:
                    prefer, other = zero, one
                else:
                    prefer, other = one, zero
                if prefer[node] != -1:
                    value |= 1 << b
                    node = prefer[node]
                else:
                    node = other[node]
            if value > best:
                best = value
        return best
