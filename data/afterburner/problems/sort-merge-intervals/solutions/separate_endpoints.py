class Solution:
    def unionIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        starts = sorted(l for l, _ in intervals)
        ends = sorted(r for _, r in intervals)
        n = len(starts)
        result = []
        block_start = 0
        for i in range(n):
            if i == n - 1 or starts[i + 1] > ends[i]:
                result.append([starts[block_start], ends[i]])
                block_start = i + 1
        return result
