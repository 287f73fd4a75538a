class Solution {
    private static final long MOD = 1_000_000_007L;

    private static long[][] mul(long[][] x, long[][] y) {
        long[][] r = new long[3][3];
        for (int i = 0; i < 3; i++)
            for (int k = 0; k < 3; k++)
                for (int j = 0; j < 3; j++)
                    r[i][j] = (r[i][j] + x[i][k] * y[k][j]) % MOD;
        return r;
    }

    public long countSequences(int n) {
        long[][] result = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        long[][] base = {{1, 1, 1}, {1, 0, 0}, {0, 1, 0}};
        for (int e = n; e > 0; e >>= 1) {
            if ((e & 1) == 1) result = mul(result, base);
            base = mul(base, base);
        }
        return result[0][0];
    }
}
