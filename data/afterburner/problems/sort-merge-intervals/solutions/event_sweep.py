class Solution:
    def unionIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        events = []
        for l, r in intervals:
            events.append((l, 0))
            events.append((r, 1))
        events.sort()
        open_count = 0
        out = []
        begin = 0
        for x, kind in events:
            if kind == 0:
                if open_count == 0:
                    begin = x
                open_count += 1
            else:
                open_count -= 1
                if open_count == 0:
                    out.append([begin, x])
        return out
