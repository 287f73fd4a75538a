import sys
==Code Submission==
data = sys.stdin.read().split()
n = int(data[0])
heights = list(map(int, data[1:1 + n]))
print(Solution().largestRectangle(heights))
