class Solution:
    def lightestCut(self, nums: List[int], m: int) -> int:
        n = len(nums)
        prefix = [0] * (n + 1)
        for i, x in enumerate(nums):
            prefix[i + 1] = prefix[i] + x
        INF = float('inf')
        best = [[INF] * (n + 1) for _ in range(m + 1)]
        best[0][0] = 0
        for parts in range(1, m + 1):
            row, prev = best[parts], best[parts - 1]
            for end in range(parts, n + 1):
                value = INF
                for start in range(parts - 1, end):
                    cand = max(prev[start], prefix[end] - prefix[start])
                    if cand < value:
                        value = cand
                row[end] = value
        return best[m][n]
