import sys
==Code Submission==
data = sys.stdin.read().split()
n = int(data[0])
edges = [[int(data[1 + 2 * i]), int(data[2 + 2 * i])] for i in range(n - 1)]
print(Solution().treeHeight(n, edges))
