class Solution:
    def unionIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        def combine(a, b):
            out = []
            i = j = 0
            while i < len(a) or j < len(b):
                if j == len(b) or (i < len(a) and a[i][0] <= b[j][0]):
                    cur = a[i]
                    i += 1
                else:
                    cur = b[j]
                    j += 1
                if out and cur[0] <= out[-1][1]:
                    if cur[1] > out[-1][1]:
                        out[-1] = (out[-1][0], cur[1])
                else:
                    out.append(cur)
            return out

        def solve(lo, hi):
            if hi - lo == 1:
                l, r = intervals[lo]
                return [(l, r)]
            mid = (lo + hi) // 2
            return combine(solve(lo, mid), solve(mid, hi))

        return [list(iv) for iv in solve(0, len(intervals))]
