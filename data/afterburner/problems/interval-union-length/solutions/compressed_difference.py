from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        xs = sorted({v for seg in segments for v in seg})
        index = {x: i for i, x in enumerate(xs)}
        diff = [0] * (len(xs) + 1)
        for l, r in segments:
            diff[index[l]] += 1
            diff[index[r]] -= 1
        total = 0
        running = 0
        for i in range(len(xs) - 1):
            running += diff[i]
            if running > 0:
                total += xs[i + 1] - xs[i]
        return total
