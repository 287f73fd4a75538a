class Solution {
    private long[] pre;
    private long[][] memo;

    private long solve(int i, int j) {
        if (i == j) return 0;
        if (memo[i][j] >= 0) return memo[i][j];
        long best = Long.MAX_VALUE;
        for (int k = i; k < j; k++) best = Math.min(best, solve(i, k) + solve(k + 1, j));
        return memo[i][j] = best + pre[j + 1] - pre[i];
    }

    public long mergeCost(int[] w) {
        int n = w.length;
        pre = new long[n + 1];
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + w[i];
        memo = new long[n][n];
        for (long[] row : memo) Arrays.fill(row, -1);
        return solve(0, n - 1);
    }
}
