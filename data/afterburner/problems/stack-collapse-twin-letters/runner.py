import sys
==Code Submission==
s = sys.stdin.readline().strip()
result = Solution().collapsePairs(s)
print(result if result else "EMPTY")
