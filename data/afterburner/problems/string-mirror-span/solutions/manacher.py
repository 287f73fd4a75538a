class Solution:
    def longestPalindrome(self, s: str) -> int:
        t = "^#" + "#".join(s) + "#$"
        m = len(t)
        radius = [0] * m
        center = right = 0
        for i in range(1, m - 1):
            if i < right:
                radius[i] = min(right - i, radius[2 * center - i])
            while t[i + radius[i] + 1] == t[i - radius[i] - 1]:
                radius[i] += 1
            if i + radius[i] > right:
                center, right = i, i + radius[i]
        return max(radius)
