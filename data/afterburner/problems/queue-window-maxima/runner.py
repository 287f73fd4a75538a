import sys
==Code Submission==
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
nums = list(map(int, data[2:2 + n]))
print(" ".join(map(str, Solution().windowMaxima(nums, k))))
