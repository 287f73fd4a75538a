import sys
==Code Submission==
n, q = map(int, sys.stdin.readline().split())
nums = list(map(int, sys.stdin.readline().split()))
queries = list(map(int, sys.stdin.readline().split()))
print(' '.join(map(str, Solution().firstPositions(nums, queries))))
