class Solution:
    def longestPalindrome(self, s: str) -> int:
        best = 1
        for i in range(1, len(s)):
            # a palindrome ending at i can beat the best only by one or two letters
            lo = i - best - 1
            if lo >= 0:
                cand = s[lo:i + 1]
                if cand == cand[::-1]:
                    best += 2
                    continue
            cand = s[i - best:i + 1]
            if cand == cand[::-1]:
                best += 1
        return best
