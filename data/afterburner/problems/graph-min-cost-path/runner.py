import sys
==Code Submission==
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
arcs = [[int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])] for i in range(m)]
print(Solution().minCost(n, arcs))
