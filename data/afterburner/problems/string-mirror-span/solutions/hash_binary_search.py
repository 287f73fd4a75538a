class Solution:
    def longestPalindrome(self, s: str) -> int:
        n = len(s)
        mod = (1 << 61) - 1
        base = 131
        pw = [1] * (n + 1)
        fwd = [0] * (n + 1)
        rev = [0] * (n + 1)
        r = s[::-1]
        for i in range(n):
            pw[i + 1] = pw[i] * base % mod
            fwd[i + 1] = (fwd[i] * base + ord(s[i])) % mod
            rev[i + 1] = (rev[i] * base + ord(r[i])) % mod

        def get(h, a, b):  # hash of positions a..b-1
            return (h[b] - h[a] * pw[b - a]) % mod

        def exists(length):
            for i in range(n - length + 1):
                j = i + length
                if get(fwd, i, j) == get(rev, n - j, n - i):
                    return True
            return False

        best = 1
        for parity in (1, 2):
            lo, hi = 0, (n - parity) // 2  # lengths parity + 2k
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if exists(parity + 2 * mid):
                    lo = mid
                else:
                    hi = mid - 1
            if parity == 1 or exists(2):
                best = max(best, parity + 2 * lo)
        return best
