from typing import List


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        n = len(weights)
        size = 1
        while size < n:
            size *= 2
        tree = [0] * (2 * size)  # 0 marks an empty slot; values are positive
        tree[size:size + n] = weights
        for i in range(size - 1, 0, -1):
            tree[i] = max(tree[2 * i], tree[2 * i + 1])

        def take_max():
            i = 1
            while i < size:
                i = 2 * i if tree[2 * i] >= tree[2 * i + 1] else 2 * i + 1
            return i

        def assign(i, v):
            tree[i] = v
            i //= 2
            while i:
                tree[i] = max(tree[2 * i], tree[2 * i + 1])
                i //= 2

        left = n
        while left > 1:
            i = take_max()
            x = tree[i]
            assign(i, 0)
            j = take_max()
            y = tree[j]
            if x > y:
                assign(j, x - y)
                left -= 1
            else:
                assign(j, 0)
                left -= 2
        return tree[1]
