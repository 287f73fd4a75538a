import heapq
from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        pending = []  # (end, best total of a chain finishing with that booking)
        settled = 0   # best total among chains that finished by the current start
        for s, e, w in sorted(bookings):
            while pending and pending[0][0] <= s:
                settled = max(settled, heapq.heappop(pending)[1])
            heapq.heappush(pending, (e, settled + w))
        for _, v in pending:
            settled = max(settled, v)
        return settled
