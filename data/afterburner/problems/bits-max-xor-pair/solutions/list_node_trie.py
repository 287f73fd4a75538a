from typing import List


class Solution:
    def largestPairXor(self, nums: List[int]) -> int:
        HIGH = 29
        root = [None, None]
        for x in nums:
            node = root
            for b in range(HIGH, -1, -1):
                bit = (x >> b) & 1
                if node[bit] is None:
                    node[bit] = [None, None]
                node = node[bit]
        answer = 0
        for x in nums:
            node = root
            cur = 0
            for b in range(HIGH, -1, -1):
                bit = (x >> b) & 1
                if node[1 - bit] is not None:
                    cur = (cur << 1) | 1
                    node = node[1 - bit]
                else:
                    cur <<= 1
                    node = node[bit]
            answer = max(answer, cur)
        return answer
