import heapq


class Solution:
    def unionIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        heap = [(l, r) for l, r in intervals]
        heapq.heapify(heap)
        result = []
        while heap:
            l, r = heapq.heappop(heap)
            while heap and heap[0][0] <= r:
                _, r2 = heapq.heappop(heap)
                if r2 > r:
                    r = r2
            result.append([l, r])
        return result
