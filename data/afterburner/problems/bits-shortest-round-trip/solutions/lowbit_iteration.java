class Solution {
    public int cheapestRoundTrip(int[][] cost) {
        int n = cost.length;
        if (n == 1) return 0;
        int m = n - 1;  // points 1..n-1 become bits 0..m-1
        final int INF = Integer.MAX_VALUE / 2;
        // best[mask] holds one value per end bit; only set bits are visited (lowbit walk)
        int[][] best = new int[1 << m][];
        for (int j = 0; j < m; j++) {
            best[1 << j] = new int[m];
            Arrays.fill(best[1 << j], INF);
            best[1 << j][j] = cost[0][j + 1];
        }
        for (int mask = 1; mask < (1 << m); mask++) {
            if ((mask & (mask - 1)) == 0) continue;
            int[] row = new int[m];
            Arrays.fill(row, INF);
            for (int bits = mask; bits != 0; bits &= bits - 1) {
                int j = Integer.numberOfTrailingZeros(bits);
                int prevMask = mask ^ (1 << j);
                int[] prev = best[prevMask];
                int value = INF;
                for (int pm = prevMask; pm != 0; pm &= pm - 1) {
                    int i = Integer.numberOfTrailingZeros(pm);
                    value = Math.min(value, prev[i] + cost[i + 1][j + 1]);
                }
                row[j] = value;
            }
            best[mask] = row;
        }
        int ans = INF;
        for (int j = 0; j < m; j++) ans = Math.min(ans, best[(1 << m) - 1][j] + cost[j + 1][0]);
        return ans;
    }
}
