import sys
==Code Submission==
n = int(sys.stdin.readline())
intervals = [list(map(int, sys.stdin.readline().split())) for _ in range(n)]
merged = Solution().unionIntervals(intervals)
print(' '.join([str(len(merged))] + [f"{l} {r}" for l, r in merged]))
