import sys
==Code Submission==
n = int(sys.stdin.readline())
nums = list(map(int, sys.stdin.readline().split()))
print("YES" if Solution().canSplitEvenly(nums) else "NO")
