import sys
==Code Submission==
data = sys.stdin.read().split()
n = int(data[0])
nums = list(map(int, data[1:1 + n]))
print(" ".join(map(str, Solution().runningMedians(nums))))
