import heapq
from collections import Counter
from typing import List


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        count = Counter(weights)
        heap = [-v for v in count]
        heapq.heapify(heap)
        while heap:
            x = -heapq.heappop(heap)
            c = count.pop(x)
            if c % 2 == 0:
                continue  # equal pairs of the largest value cancel out
            if not heap:
                return x
            y = -heap[0]
            count[y] -= 1
            if count[y] == 0:
                heapq.heappop(heap)
                del count[y]
            d = x - y
            if d in count:
                count[d] += 1
            else:
                count[d] = 1
                heapq.heappush(heap, -d)
        return 0
