class Solution:
    def unionIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort(key=lambda iv: iv[0])
        write = 0
        for read in range(1, len(intervals)):
            l, r = intervals[read]
            if l <= intervals[write][1]:
                intervals[write][1] = max(intervals[write][1], r)
            else:
                write += 1
                intervals[write] = [l, r]
        del intervals[write + 1:]
        return intervals
