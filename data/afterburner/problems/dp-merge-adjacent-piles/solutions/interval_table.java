class Solution {
    public long mergeCost(int[] w) {
        int n = w.length;
        long[] pre = new long[n + 1];
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + w[i];
        // cost[i][j]: cheapest merge of piles i..j into one
        long[][] cost = new long[n][n];
        for (int len = 2; len <= n; len++) {
            for (int i = 0; i + len <= n; i++) {
                int j = i + len - 1;
                long best = Long.MAX_VALUE;
                for (int k = i; k < j; k++) best = Math.min(best, cost[i][k] + cost[k + 1][j]);
                cost[i][j] = best + pre[j + 1] - pre[i];
            }
        }
        return cost[0][n - 1];
    }
}
