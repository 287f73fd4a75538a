from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        events = []
        for l, r in segments:
            events.append((l, 1))
            events.append((r, -1))
        events.sort()
        depth = 0
        total = 0
        prev = 0
        for x, d in events:
            if depth > 0:
                total += x - prev
            depth += d
            prev = x
        return total
