import sys
==Code Submission==
data = sys.stdin.read().split()
r, c = int(data[0]), int(data[1])
grid = data[2:2 + r]
print(Solution().shortestEscape(grid))
