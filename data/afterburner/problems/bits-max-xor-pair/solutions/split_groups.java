class Solution {
    private int[] v;

    // first index in [lo, hi) whose bit b is set; the range agrees above b
    private int split(int lo, int hi, int b) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (((v[mid] >> b) & 1) == 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // largest XOR of bits b..0 between a value of [alo, ahi) and one of [blo, bhi)
    private int across(int alo, int ahi, int blo, int bhi, int b) {
        if (b < 0) return 0;
        int am = split(alo, ahi, b), bm = split(blo, bhi, b);
        int res = -1;
        if (am > alo && bhi > bm) res = Math.max(res, (1 << b) | across(alo, am, bm, bhi, b - 1));
        if (ahi > am && bm > blo) res = Math.max(res, (1 << b) | across(am, ahi, blo, bm, b - 1));
        if (res >= 0) return res;
        return across(alo, ahi, blo, bhi, b - 1);
    }

    public int largestPairXor(int[] nums) {
        int[] sorted = nums.clone();
        java.util.Arrays.sort(sorted);
        int n = 0;
        for (int x : sorted) if (n == 0 || sorted[n - 1] != x) sorted[n++] = x;
        v = sorted;
        for (int b = 29; b >= 0; b--) {
            int m = split(0, n, b);
            if (m > 0 && m < n) return across(0, m, m, n, b);
        }
        return 0;
    }
}
