class Solution {
    public int countPrimes(int n) {
        if (n < 2) return 0;
        if (n < 3) return 1;
        int size = (n - 1) / 2 + 1; // index i is the odd number 2i+1
        java.util.BitSet crossed = new java.util.BitSet(size);
        crossed.set(0);
        for (int i = 1; (long) (2 * i + 1) * (2 * i + 1) <= n; i++) {
            if (crossed.get(i)) continue;
            int p = 2 * i + 1;
            for (int j = p * p / 2; j < size; j += p) crossed.set(j);
        }
        return 1 + size - crossed.cardinality();
    }
}
