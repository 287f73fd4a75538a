class Solution {
    public int cheapestRoundTrip(int[][] cost) {
        int n = cost.length;
        if (n == 1) return 0;
        final int INF = Integer.MAX_VALUE / 2;
        int full = 1 << n;
        // dp[mask][j]: cheapest path from 0 over the points of mask, ending at j
        int[][] dp = new int[full][n];
        for (int[] row : dp) Arrays.fill(row, INF);
        dp[1][0] = 0;
        for (int mask = 1; mask < full; mask += 2) {
            for (int j = 0; j < n; j++) {
                int here = dp[mask][j];
                if (here >= INF) continue;
                for (int k = 1; k < n; k++) {
                    if ((mask >> k & 1) != 0) continue;
                    int nm = mask | 1 << k;
                    int v = here + cost[j][k];
                    if (v < dp[nm][k]) dp[nm][k] = v;
                }
            }
        }
        int best = INF;
        for (int j = 1; j < n; j++) best = Math.min(best, dp[full - 1][j] + cost[j][0]);
        return best;
    }
}
