import sys
==Code Submission==
data = sys.stdin.read().split()
n = int(data[0])
weights = list(map(int, data[1:1 + n]))
print(Solution().lastRemaining(weights))
