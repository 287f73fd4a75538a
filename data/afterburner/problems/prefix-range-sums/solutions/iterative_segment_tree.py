class Solution:
    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        n = len(nums)
        seg = [0] * n + nums[:]
        for i in range(n - 1, 0, -1):
            seg[i] = seg[2 * i] + seg[2 * i + 1]
        out = []
        for l, r in queries:
            lo, hi = l - 1 + n, r + n
            total = 0
            while lo < hi:
                if lo & 1:
                    total += seg[lo]
                    lo += 1
                if hi & 1:
                    hi -= 1
                    total += seg[hi]
                lo >>= 1
                hi >>= 1
            out.append(total)
        return out
