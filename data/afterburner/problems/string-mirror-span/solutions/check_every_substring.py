class Solution:
    def longestPalindrome(self, s: str) -> int:
        def is_pal(i, j):
            while i < j:
                if s[i] != s[j]:
                    return False
                i += 1
                j -= 1
            return True

        n = len(s)
        best = 0
        for i in range(n):
            for j in range(i, n):
                if is_pal(i, j):
                    best = max(best, j - i + 1)
        return best
