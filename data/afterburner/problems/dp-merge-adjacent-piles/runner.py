import sys
==Code Submission==
n = int(sys.stdin.readline())
w = list(map(int, sys.stdin.readline().split()))
print(Solution().mergeCost(w))
