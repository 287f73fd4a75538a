class Solution:
    def countPrimes(self, n: int) -> int:
        if n < 2:
            return 0
        if n < 3:
            return 1
        # index i stands for the odd number 2*i + 1
        size = (n - 1) // 2 + 1
        odd = bytearray([1]) * size
        odd[0] = 0  # 1 is not prime
        i = 1
        while (2 * i + 1) ** 2 <= n:
            if odd[i]:
                p = 2 * i + 1
                start = p * p // 2
                odd[start::p] = bytes(len(range(start, size, p)))
            i += 1
        return 1 + sum(odd)
