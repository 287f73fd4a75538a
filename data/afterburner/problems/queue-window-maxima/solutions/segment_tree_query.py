from typing import List


class Solution:
    def windowMaxima(self, nums: List[int], k: int) -> List[int]:
        n = len(nums)
        tree = [0] * n + nums
        for i in range(n - 1, 0, -1):
            a, b = tree[2 * i], tree[2 * i + 1]
            tree[i] = a if a > b else b
        out = []
        for start in range(n - k + 1):
            lo, hi = start + n, start + k + n
            best = tree[lo]
            while lo < hi:
                if lo & 1:
                    if tree[lo] > best:
                        best = tree[lo]
                    lo += 1
                if hi & 1:
                    hi -= 1
                    if tree[hi] > best:
                        best = tree[hi]
                lo >>= 1
                hi >>= 1
            out.append(best)
        return out
