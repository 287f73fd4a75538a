from typing import List


class Solution:
    def cheapestRoundTrip(self, cost: List[List[int]]) -> int:
        n = len(cost)
        if n == 1:
            return 0
        INF = 1 << 60
        full = 1 << n
        # one array per end point: at[j][mask]
        at = [[INF] * full for _ in range(n)]
        at[0][1] = 0
        order = sorted(range(1, full, 2), key=lambda m: bin(m).count("1"))
        for mask in order:
            for j in range(n):
                cur = at[j][mask]
                if cur >= INF:
                    continue
                row = cost[j]
                for k in range(1, n):
                    bit = 1 << k
                    if mask & bit == 0:
                        target = at[k]
                        v = cur + row[k]
                        if v < target[mask | bit]:
                            target[mask | bit] = v
        return min(at[j][full - 1] + cost[j][0] for j in range(1, n))
