from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        n = len(nums)
        table = [nums[:]]  # table[k][i] = max(nums[i : i + 2^k])
        k = 1
        while (1 << k) <= n:
            prev = table[-1]
            half = 1 << (k - 1)
            table.append([max(prev[i], prev[i + half]) for i in range(n - (1 << k) + 1)])
            k += 1
        out = [0] * n
        for i in range(n):
            v = nums[i]
            pos = i + 1
            for k in range(len(table) - 1, -1, -1):
                row = table[k]
                if pos < len(row) and row[pos] <= v:
                    pos += 1 << k
            if pos < n:
                out[i] = pos - i
        return out
