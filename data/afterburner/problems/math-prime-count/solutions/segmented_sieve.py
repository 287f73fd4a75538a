import math


class Solution:
    def countPrimes(self, n: int) -> int:
        if n < 2:
            return 0
        root = math.isqrt(n)
        small = bytearray([1]) * (root + 1)
        small[0] = small[1] = 0
        for p in range(2, math.isqrt(root) + 1):
            if small[p]:
                small[p * p :: p] = bytes(len(range(p * p, root + 1, p)))
        base = [p for p in range(2, root + 1) if small[p]]
        count = len(base)
        block = 1 << 16
        low = root + 1
        while low <= n:
            high = min(low + block - 1, n)
            seg = bytearray([1]) * (high - low + 1)
            for p in base:
                start = max(p * p, (low + p - 1) // p * p)
                if start > high:
                    continue
                seg[start - low :: p] = bytes(len(range(start - low, high - low + 1, p)))
            count += sum(seg)
            low = high + 1
        return count
