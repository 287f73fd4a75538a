from typing import List


class Solution:
    def longestRising(self, nums: List[int]) -> int:
        values = sorted(set(nums))
        index = {v: i for i, v in enumerate(values)}
        size = 1
        while size < len(values):
            size *= 2
        tree = [0] * (2 * size)

        def query(lo, hi):  # max over ranks [lo, hi)
            res = 0
            lo += size
            hi += size
            while lo < hi:
                if lo & 1:
                    res = max(res, tree[lo])
                    lo += 1
                if hi & 1:
                    hi -= 1
                    res = max(res, tree[hi])
                lo >>= 1
                hi >>= 1
            return res

        for x in nums:
            r = index[x]
            cur = query(0, r) + 1
            pos = r + size
            if tree[pos] < cur:
                tree[pos] = cur
                pos >>= 1
                while pos:
                    tree[pos] = max(tree[2 * pos], tree[2 * pos + 1])
                    pos >>= 1
        return tree[1]
