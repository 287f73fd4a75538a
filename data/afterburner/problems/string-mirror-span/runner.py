import sys
==Code Submission==
s = sys.stdin.readline().strip()
print(Solution().longestPalindrome(s))
