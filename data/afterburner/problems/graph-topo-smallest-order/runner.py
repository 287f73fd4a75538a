import sys
==Code Submission==
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
rules = [[int(data[2 + 2 * i]), int(data[3 + 2 * i])] for i in range(m)]
order = Solution().smallestOrder(n, rules)
print(' '.join(map(str, order)) if order else -1)
