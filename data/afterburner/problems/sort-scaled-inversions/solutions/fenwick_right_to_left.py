from bisect import bisect_left, bisect_right


class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        ordered = sorted(set(nums))
        size = len(ordered)
        bit = [0] * (size + 1)

        def add(i):
            while i <= size:
                bit[i] += 1
                i += i & -i

        def prefix(i):
            s = 0
            while i > 0:
                s += bit[i]
                i -= i & -i
            return s

        result = 0
        for x in reversed(nums):
            limit = (x - 1) // c
            result += prefix(bisect_right(ordered, limit))
            add(bisect_left(ordered, x) + 1)
        return result
