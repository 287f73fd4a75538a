class Solution:
    def unionIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        order = list(range(len(intervals)))
        starts = [iv[0] for iv in intervals]
        for shift in (0, 15):
            buckets = [[] for _ in range(1 << 15)]
            for i in order:
                buckets[(starts[i] >> shift) & 0x7FFF].append(i)
            order = [i for bucket in buckets for i in bucket]
        merged = []
        for i in order:
            l, r = intervals[i]
            if merged and l <= merged[-1][1]:
                if r > merged[-1][1]:
                    merged[-1][1] = r
            else:
                merged.append([l, r])
        return merged
