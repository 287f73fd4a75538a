class Solution:
    def longestPalindrome(self, s: str) -> int:
        n = len(s)
        pal = [bytearray(n) for _ in range(n)]
        for i in range(n):
            pal[i][i] = 1
        best = 1
        for i in range(n - 1):
            if s[i] == s[i + 1]:
                pal[i][i + 1] = 1
                best = 2
        for length in range(3, n + 1):
            found = False
            for i in range(n - length + 1):
                j = i + length - 1
                if s[i] == s[j] and pal[i + 1][j - 1]:
                    pal[i][j] = 1
                    found = True
            if found:
                best = length
        return best
