import sys
==Code Submission==
data = sys.stdin.read().split()
n = int(data[0])
words = data[1:1 + n]
print(*Solution().anagramClasses(words))
