from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        total = 0
        reach = -1
        for l, r in sorted(segments, key=lambda p: p[0]):
            lo = l if l > reach else reach
            if r > lo:
                total += r - lo
                reach = r
        return total
