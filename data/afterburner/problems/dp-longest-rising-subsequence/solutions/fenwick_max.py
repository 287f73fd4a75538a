from typing import List


class Solution:
    def longestRising(self, nums: List[int]) -> int:
        ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        size = len(ranks)
        tree = [0] * (size + 1)
        best = 0
        for x in nums:
            r = ranks[x] - 1  # best length ending in a value strictly below x
            cur = 0
            while r > 0:
                if tree[r] > cur:
                    cur = tree[r]
                r -= r & -r
            cur += 1
            if cur > best:
                best = cur
            r = ranks[x]
            while r <= size:
                if tree[r] < cur:
                    tree[r] = cur
                r += r & -r
        return best
