from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        h = list(nums)
        n = len(h)

        def sift_down(i, size):
            v = h[i]
            while True:
                c = 2 * i + 1
                if c >= size:
                    break
                if c + 1 < size and h[c + 1] < h[c]:
                    c += 1
                if h[c] >= v:
                    break
                h[i] = h[c]
                i = c
            h[i] = v

        for i in range(n // 2 - 1, -1, -1):
            sift_down(i, n)
        size = n
        total = 0
        while size > 1:
            first = h[0]
            size -= 1
            h[0] = h[size]
            sift_down(0, size)
            s = first + h[0]
            total += s
            h[0] = s
            sift_down(0, size)
        return total
