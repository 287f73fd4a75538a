from bisect import bisect_left


class Solution:
    def firstPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        values = []
        starts = []
        for i, x in enumerate(nums):
            if not values or values[-1] != x:
                values.append(x)
                starts.append(i)
        m = len(values)
        out = []
        for v in queries:
            k = bisect_left(values, v)
            out.append(starts[k] if k < m and values[k] == v else -1)
        return out
