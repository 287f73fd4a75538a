from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        vals = sorted(set(nums))
        idx = {v: i for i, v in enumerate(vals)}
        size = 1
        while size < len(vals):
            size <<= 1
        cnt = [0] * (2 * size)
        out = []
        for c, x in enumerate(nums, 1):
            i = idx[x] + size
            while i:
                cnt[i] += 1
                i >>= 1
            k = (c + 1) // 2
            node = 1
            while node < size:
                left = cnt[2 * node]
                if k <= left:
                    node = 2 * node
                else:
                    k -= left
                    node = 2 * node + 1
            out.append(vals[node - size])
        return out
