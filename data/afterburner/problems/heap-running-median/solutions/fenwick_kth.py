from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        values = sorted(set(nums))
        rank = {v: i + 1 for i, v in enumerate(values)}
        m = len(values)
        tree = [0] * (m + 1)
        step0 = 1
        while step0 * 2 <= m:
            step0 *= 2
        res = []
        for count, x in enumerate(nums, 1):
            i = rank[x]
            while i <= m:
                tree[i] += 1
                i += i & -i
            k = (count + 1) // 2  # the k-th smallest is the lower median
            pos = 0
            step = step0
            while step:
                nxt = pos + step
                if nxt <= m and tree[nxt] < k:
                    pos = nxt
                    k -= tree[nxt]
                step >>= 1
            res.append(values[pos])
        return res
