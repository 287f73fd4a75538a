class Solution {
    public int countPrimes(int n) {
        // every composite is crossed exactly once, by its smallest prime factor
        if (n < 2) return 0;
        boolean[] composite = new boolean[n + 1];
        int[] primes = new int[n / 2 + 2];
        int count = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) primes[count++] = i;
            for (int t = 0; t < count; t++) {
                int p = primes[t];
                if ((long) p * i > n) break;
                composite[p * i] = true;
                if (i % p == 0) break;
            }
        }
        return count;
    }
}
