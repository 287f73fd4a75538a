from bisect import bisect_left, bisect_right


class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        values = sorted(set(nums))
        m = len(values)
        tree = [0] * (m + 1)
        answer = 0
        for inserted, x in enumerate(nums):
            pos = bisect_right(values, c * x)
            at_most = 0
            while pos > 0:
                at_most += tree[pos]
                pos -= pos & -pos
            answer += inserted - at_most
            idx = bisect_left(values, x) + 1
            while idx <= m:
                tree[idx] += 1
                idx += idx & -idx
        return answer
