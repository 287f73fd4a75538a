class Solution:
    def countPrimes(self, n: int) -> int:
        if n < 2:
            return 0
        composite = bytearray(n + 1)
        primes = []
        for i in range(2, n + 1):
            if not composite[i]:
                primes.append(i)
            limit = n // i
            for p in primes:
                if p > limit:
                    break
                composite[i * p] = 1
                if i % p == 0:
                    break
        return len(primes)
