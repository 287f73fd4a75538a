from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        # offline: start from the whole array and delete numbers from the back,
        # moving a pointer to the median along a linked list of the sorted order
        n = len(nums)
        order = sorted(range(n), key=lambda i: (nums[i], i))
        pos = [0] * n
        for r, i in enumerate(order):
            pos[i] = r
        prev = list(range(-1, n - 1))
        nxt = list(range(1, n + 1))
        ans = [0] * n
        med = (n - 1) // 2
        ans[n - 1] = nums[order[med]]
        for m in range(n, 1, -1):
            r = pos[m - 1]
            before = (m - 1) // 2  # alive nodes ranked below med
            if r == med:
                med = nxt[med]
            elif r < med:
                before -= 1
            p, q = prev[r], nxt[r]
            if p >= 0:
                nxt[p] = q
            if q < n:
                prev[q] = p
            target = (m - 2) // 2
            while before > target:
                med = prev[med]
                before -= 1
            while before < target:
                med = nxt[med]
                before += 1
            ans[m - 2] = nums[order[med]]
        return ans
