from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        n = len(nums)
        size = 1
        while size < n:
            size *= 2
        low = -(10 ** 18)
        tree = [low] * (2 * size)
        tree[size:size + n] = nums
        for v in range(size - 1, 0, -1):
            a, b = tree[2 * v], tree[2 * v + 1]
            tree[v] = a if a > b else b

        def first_greater(start, x):
            v = start + size
            while tree[v] <= x:
                while v & 1:
                    v >>= 1
                if v == 0:
                    return -1
                v += 1
            while v < size:
                v = 2 * v if tree[2 * v] > x else 2 * v + 1
            return v - size

        res = [0] * n
        for i in range(n - 1):
            j = first_greater(i + 1, nums[i])
            if j != -1:
                res[i] = j - i
        return res
