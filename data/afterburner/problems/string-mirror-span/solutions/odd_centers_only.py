class Solution:
    def longestPalindrome(self, s: str) -> int:
        n = len(s)
        best = 1
        for c in range(n):
            k = 1
            while c - k >= 0 and c + k < n and s[c - k] == s[c + k]:
                k += 1
            best = max(best, 2 * k - 1)
        return best
