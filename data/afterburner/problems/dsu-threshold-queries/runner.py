import sys
==Code Submission==
data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
pos = 3
edges = []
for _ in range(m):
    edges.append([int(data[pos]), int(data[pos + 1]), int(data[pos + 2])])
    pos += 3
queries = []
for _ in range(q):
    queries.append([int(data[pos]), int(data[pos + 1]), int(data[pos + 2])])
    pos += 3
print(Solution().reachableUnder(n, edges, queries))
