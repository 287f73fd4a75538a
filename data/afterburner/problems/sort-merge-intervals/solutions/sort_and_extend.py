class Solution:
    def unionIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        for l, r in sorted(intervals):
            if merged and l <= merged[-1][1]:
                if r > merged[-1][1]:
                    merged[-1][1] = r
            else:
                merged.append([l, r])
        return merged
