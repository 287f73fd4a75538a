import sys
==Code Submission==
data = sys.stdin.read().split()
n = int(data[0])
bookings = [[int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])] for i in range(n)]
print(Solution().maxWeight(bookings))
