class Solution {
    public int countPrimes(int n) {
        // divide each odd candidate by the odd primes up to its square root
        if (n < 2) return 0;
        int[] primes = new int[4096];
        int size = 0;
        int count = 1;
        for (int x = 3; x <= n; x += 2) {
            boolean prime = true;
            for (int t = 0; t < size; t++) {
                int p = primes[t];
                if (p * p > x) break;
                if (x % p == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                count++;
                if ((long) x * x <= n) primes[size++] = x;
            }
        }
        return count;
    }
}
