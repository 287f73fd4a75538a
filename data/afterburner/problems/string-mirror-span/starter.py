class Solution:
    def longestPalindrome(self, s: str) -> int:
        pass
