class Solution {
    public int countPrimes(int n) {
        // Lucy's method: small[v] = pi(v) for v <= r, large[k] = pi(n / k)
        if (n < 2) return 0;
        long N = n;
        long r = (long) Math.sqrt((double) N);
        while (r * r > N) r--;
        while ((r + 1) * (r + 1) <= N) r++;
        int R = (int) r;
        long[] small = new long[R + 1];
        long[] large = new long[R + 1];
        for (int v = 1; v <= R; v++) {
            small[v] = v - 1;
            large[v] = N / v - 1;
        }
        for (int p = 2; p <= R; p++) {
            if (small[p] == small[p - 1]) continue;
            long below = small[p - 1];
            long p2 = (long) p * p;
            long kmax = Math.min(r, N / p2);
            for (int k = 1; k <= kmax; k++) {
                long kp = (long) k * p;
                long count = kp <= r ? large[(int) kp] : small[(int) (N / kp)];
                large[k] -= count - below;
            }
            for (long v = r; v >= p2; v--) small[(int) v] -= small[(int) (v / p)] - below;
        }
        return (int) large[1];
    }
}
