class Solution {
    public long countSequences(int n) {
        final long MOD = 1_000_000_007L;
        long a = 0, b = 0, c = 1;
        for (int i = 0; i < n; i++) {
            long next = (a + b + c) % MOD;
            a = b;
            b = c;
            c = next;
        }
        return c;
    }
}
