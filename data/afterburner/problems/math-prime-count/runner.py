import sys
==Code Submission==
n = int(sys.stdin.readline())
print(Solution().countPrimes(n))
