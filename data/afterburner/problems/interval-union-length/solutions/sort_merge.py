from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        segments.sort()
        total = 0
        start, end = segments[0]
        for l, r in segments[1:]:
            if l > end:
                total += end - start
                start, end = l, r
            elif r > end:
                end = r
        return total + end - start
