import sys
==Code Submission==
n, m = map(int, sys.stdin.readline().split())
nums = list(map(int, sys.stdin.readline().split()))
print(Solution().lightestCut(nums, m))
