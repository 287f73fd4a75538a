import sys
==Code Submission==
data = sys.stdin.read().split()
n, w = int(data[0]), int(data[1])
times = list(map(int, data[2:2 + n]))
print(" ".join(map(str, Solution().windowCounts(times, w))))
