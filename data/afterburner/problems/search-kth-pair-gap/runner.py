import sys
==Code Submission==
n, k = map(int, sys.stdin.readline().split())
nums = list(map(int, sys.stdin.readline().split()))
print(Solution().kthGap(nums, k))
