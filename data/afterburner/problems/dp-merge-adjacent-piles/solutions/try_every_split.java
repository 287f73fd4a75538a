class Solution {
    private int[] w;

    private long solve(int i, int j) {
        if (i == j) return 0;
        long sum = 0;
        for (int t = i; t <= j; t++) sum += w[t];
        long best = Long.MAX_VALUE;
        for (int k = i; k < j; k++) best = Math.min(best, solve(i, k) + solve(k + 1, j));
        return best + sum;
    }

    public long mergeCost(int[] w) {
        this.w = w;
        return solve(0, w.length - 1);
    }
}
