import sys
==Code Submission==
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [[int(data[2 + 2 * i]), int(data[3 + 2 * i])] for i in range(m)]
print(Solution().countBridges(n, edges))
