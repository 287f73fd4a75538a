class Solution {
    public long countCoprimePairs(int[] nums) {
        int top = 0;
        for (int x : nums) top = Math.max(top, x);
        int[] freq = new int[top + 1];
        for (int x : nums) freq[x]++;
        // Moebius function by a linear sieve
        int[] mu = new int[top + 1];
        int[] primes = new int[top + 1];
        boolean[] composite = new boolean[top + 1];
        int pc = 0;
        mu[1] = 1;
        for (int i = 2; i <= top; i++) {
            if (!composite[i]) { primes[pc++] = i; mu[i] = -1; }
            for (int t = 0; t < pc; t++) {
                int p = primes[t];
                if ((long) i * p > top) break;
                composite[i * p] = true;
                if (i % p == 0) { mu[i * p] = 0; break; }
                mu[i * p] = -mu[i];
            }
        }
        long total = 0;
        for (int d = 1; d <= top; d++) {
            if (mu[d] == 0) continue;
            long c = 0;
            for (int m = d; m <= top; m += d) c += freq[m];
            total += mu[d] * (c * (c - 1) / 2);
        }
        return total;
    }
}
