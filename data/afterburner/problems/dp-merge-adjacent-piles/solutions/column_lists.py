from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        # keep both orientations of the table so the inner minimum zips two lists
        n = len(w)
        pre = [0]
        for x in w:
            pre.append(pre[-1] + x)
        rows = [[0] * n for _ in range(n)]  # rows[i][j]
        cols = [[0] * n for _ in range(n)]  # cols[j][i]
        for length in range(2, n + 1):
            for i in range(0, n - length + 1):
                j = i + length - 1
                best = min(map(int.__add__, rows[i][i:j], cols[j][i + 1 : j + 1]))
                value = best + pre[j + 1] - pre[i]
                rows[i][j] = value
                cols[j][i] = value
        return rows[0][n - 1]
