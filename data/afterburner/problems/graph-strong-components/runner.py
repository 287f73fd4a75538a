import sys
==Code Submission==
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
arcs = [[int(data[2 + 2 * i]), int(data[3 + 2 * i])] for i in range(m)]
print(' '.join(map(str, Solution().strongSummary(n, arcs))))
