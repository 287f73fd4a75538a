import math


class Solution:
    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        n = len(nums)
        size = max(1, int(math.isqrt(n)))
        blocks = [sum(nums[s:s + size]) for s in range(0, n, size)]
        res = []
        for l, r in queries:
            lo, hi = l - 1, r - 1
            first, last = lo // size, hi // size
            if first == last:
                res.append(sum(nums[lo:hi + 1]))
                continue
            total = sum(nums[lo:(first + 1) * size])
            total += sum(blocks[first + 1:last])
            total += sum(nums[last * size:hi + 1])
            res.append(total)
        return res
