class Solution {
    private static final long MOD = (1L << 61) - 1;
    private int n;
    private long[] pw, fwd, rev;

    private static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b), lo = a * b;
        // 128-bit product split at bit 61
        long r = (lo & MOD) + ((lo >>> 61) | (hi << 3));
        r = (r & MOD) + (r >>> 61);
        return r >= MOD ? r - MOD : r;
    }

    private long get(long[] h, int a, int b) {
        long x = h[b] - mul(h[a], pw[b - a]);
        return x < 0 ? x + MOD : x;
    }

    private boolean exists(int len) {
        for (int i = 0; i + len <= n; i++)
            if (get(fwd, i, i + len) == get(rev, n - i - len, n - i)) return true;
        return false;
    }

    public int longestPalindrome(String s) {
        // polynomial hashes of s and reversed s; binary search the length per parity
        n = s.length();
        pw = new long[n + 1];
        fwd = new long[n + 1];
        rev = new long[n + 1];
        pw[0] = 1;
        for (int i = 0; i < n; i++) {
            pw[i + 1] = mul(pw[i], 131);
            fwd[i + 1] = (mul(fwd[i], 131) + s.charAt(i)) % MOD;
            rev[i + 1] = (mul(rev[i], 131) + s.charAt(n - 1 - i)) % MOD;
        }
        int best = 1;
        for (int parity = 1; parity <= 2; parity++) {
            if (parity == 2 && !exists(2)) continue;
            int lo = 0, hi = (n - parity) / 2;
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                if (exists(parity + 2 * mid)) lo = mid;
                else hi = mid - 1;
            }
            best = Math.max(best, parity + 2 * lo);
        }
        return best;
    }
}
