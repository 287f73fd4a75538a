import sys
==Code Submission==
n, target = map(int, sys.stdin.readline().split())
nums = list(map(int, sys.stdin.readline().split()))
print(Solution().nearestTripleSum(nums, target))
