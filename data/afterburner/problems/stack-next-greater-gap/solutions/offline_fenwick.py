from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        n = len(nums)
        bit = [0] * (n + 1)
        top = 1
        while top * 2 <= n:
            top *= 2

        def add(i):
            i += 1
            while i <= n:
                bit[i] += 1
                i += i & -i

        def count_upto(i):
            i += 1
            s = 0
            while i > 0:
                s += bit[i]
                i -= i & -i
            return s

        def kth(k):  # 0-based index of the k-th inserted position (k >= 1)
            pos = 0
            step = top
            while step:
                if pos + step <= n and bit[pos + step] < k:
                    pos += step
                    k -= bit[pos]
                step //= 2
            return pos

        order = sorted(range(n), key=lambda i: -nums[i])
        ans = [0] * n
        inserted = 0
        g = 0
        while g < n:
            h = g
            while h < n and nums[order[h]] == nums[order[g]]:
                h += 1
            for idx in order[g:h]:
                c = count_upto(idx)
                if c < inserted:
                    ans[idx] = kth(c + 1) - idx
            for idx in order[g:h]:
                add(idx)
            inserted += h - g
            g = h
        return ans
