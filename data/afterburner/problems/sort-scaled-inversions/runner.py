import sys
==Code Submission==
n, c = map(int, sys.stdin.readline().split())
nums = list(map(int, sys.stdin.readline().split()))
print(Solution().countHeavyPairs(nums, c))
