import sys
==Code Submission==
a = sys.stdin.readline().strip()
b = sys.stdin.readline().strip()
print(Solution().sharedSubsequenceLength(a, b))
