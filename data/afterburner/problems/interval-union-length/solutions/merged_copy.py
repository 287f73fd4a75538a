from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        ordered = sorted(segments)
        merged = [list(ordered[0])]
        for l, r in ordered[1:]:
            last = merged[-1]
            if l <= last[1]:
                last[1] = max(last[1], r)
            else:
                merged.append([l, r])
        return sum(r - l for l, r in merged)
