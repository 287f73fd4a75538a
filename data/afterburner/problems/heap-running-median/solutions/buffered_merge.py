from bisect import insort
from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        # A large sorted list and a small sorted buffer of the latest arrivals; the buffer
        # is merged in whenever it fills (a linear merge of two sorted runs). The median is
        # the k-th smallest of the two sorted lists, found by binary search on how many of
        # the first k + 1 come from the buffer.
        merged, recent = [], []
        flush_at = 256
        out = []
        for count, x in enumerate(nums, 1):
            insort(recent, x)
            if len(recent) == flush_at:
                merged.extend(recent)
                merged.sort()
                recent = []
            k = (count - 1) // 2
            lo = max(0, k + 1 - len(merged))
            hi = min(k + 1, len(recent))
            while lo < hi:
                t = (lo + hi) // 2
                s = k + 1 - t
                if s > 0 and merged[s - 1] > recent[t]:
                    lo = t + 1
                else:
                    hi = t
            s = k + 1 - lo
            if s == 0:
                out.append(recent[lo - 1])
            elif lo == 0:
                out.append(merged[s - 1])
            else:
                out.append(max(merged[s - 1], recent[lo - 1]))
        return out
