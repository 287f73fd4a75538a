from typing import List


class Solution:
    def maxWeight(self, bookings: List[List[int]]) -> int:
        pass
