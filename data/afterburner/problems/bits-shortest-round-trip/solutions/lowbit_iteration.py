from typing import List


class Solution:
    def cheapestRoundTrip(self, cost: List[List[int]]) -> int:
        n = len(cost)
        if n == 1:
            return 0
        m = n - 1
        INF = 1 << 60
        # best[mask] is a list indexed by the end point (bit index) inside mask
        best = [None] * (1 << m)
        for j in range(m):
            row = [INF] * m
            row[j] = cost[0][j + 1]
            best[1 << j] = row
        for mask in range(1, 1 << m):
            if mask & (mask - 1) == 0:
                continue
            row = [INF] * m
            bits = mask
            while bits:
                low = bits & -bits
                j = low.bit_length() - 1
                bits ^= low
                prev = best[mask ^ low]
                cj = j + 1
                pm = mask ^ low
                value = INF
                while pm:
                    lb = pm & -pm
                    i = lb.bit_length() - 1
                    pm ^= lb
                    v = prev[i] + cost[i + 1][cj]
                    if v < value:
                        value = v
                row[j] = value
            best[mask] = row
        final = best[(1 << m) - 1]
        return min(final[j] + cost[j + 1][0] for j in range(m))
