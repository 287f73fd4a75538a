import sys
==Code Submission==
n = int(sys.stdin.readline())
print(" ".join(map(str, Solution().oneBitCounts(n))))
