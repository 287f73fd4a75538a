class Solution:
    def sharedSubsequenceLength(self, a: str, b: str) -> int:
        if len(b) > len(a):
            a, b = b, a
        m = len(b)
        prev = [0] * (m + 1)
        for ch in a:
            cur = [0] * (m + 1)
            for j in range(1, m + 1):
                if ch == b[j - 1]:
                    cur[j] = prev[j - 1] + 1
                else:
                    cur[j] = prev[j] if prev[j] > cur[j - 1] else cur[j - 1]
            prev = cur
        return prev[m]
