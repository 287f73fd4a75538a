import sys
==Code Submission==
n = int(sys.stdin.readline())
cost = [list(map(int, sys.stdin.readline().split())) for _ in range(n)]
print(Solution().cheapestRoundTrip(cost))
