from typing import List


class Solution:
    def coveredLength(self, segments: List[List[int]]) -> int:
        segs = [list(s) for s in segments]
        changed = True
        while changed:
            changed = False
            i = 0
            while i < len(segs):
                j = i + 1
                while j < len(segs):
                    a, b = segs[i], segs[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        a[0] = min(a[0], b[0])
                        a[1] = max(a[1], b[1])
                        segs.pop(j)
                        changed = True
                    else:
                        j += 1
                i += 1
        return sum(r - l for l, r in segs)
