import sys
==Code Submission==
data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
pos = 2
edges = []
for _ in range(n - 1):
    edges.append([int(data[pos]), int(data[pos + 1])])
    pos += 2
queries = []
for _ in range(q):
    queries.append([int(data[pos]), int(data[pos + 1])])
    pos += 2
print(' '.join(map(str, Solution().pathLengths(n, edges, queries))))
