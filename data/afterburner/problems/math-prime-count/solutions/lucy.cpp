class Solution {
public:
    int countPrimes(int n) {
        // Lucy's method: small[v] = pi(v) for v <= r, large[k] = pi(n / k)
        if (n < 2) return 0;
        long long N = n;
        long long r = (long long)sqrt((double)N);
        while (r * r > N) r--;
        while ((r + 1) * (r + 1) <= N) r++;
        vector<long long> small(r + 1), large(r + 1);
        for (long long v = 1; v <= r; v++) {
            small[v] = v - 1;
            large[v] = N / v - 1;
        }
        for (long long p = 2; p <= r; p++) {
            if (small[p] == small[p - 1]) continue;
            long long below = small[p - 1], p2 = p * p;
            long long kmax = min(r, N / p2);
            for (long long k = 1; k <= kmax; k++) {
                long long kp = k * p;
                long long count = kp <= r ? large[kp] : small[N / kp];
                large[k] -= count - below;
            }
            for (long long v = r; v >= p2; v--) small[v] -= small[v / p] - below;
        }
        return (int)large[1];
    }
};
