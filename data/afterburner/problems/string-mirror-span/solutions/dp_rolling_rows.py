class Solution:
    def longestPalindrome(self, s: str) -> int:
        n = len(s)
        best = 1
        nxt = [False] * n  # row i + 1: nxt[j] tells whether s[i+1..j] is a palindrome
        for i in range(n - 1, -1, -1):
            cur = [False] * n
            cur[i] = True
            c = s[i]
            for j in range(i + 1, n):
                if s[j] == c and (j - i < 3 or nxt[j - 1]):
                    cur[j] = True
                    if j - i + 1 > best:
                        best = j - i + 1
            nxt = cur
        return best
