class Solution {
    private int n, done;
    private int[][] cost;
    private int[] memo;

    // cheapest way to visit the points outside mask and return to 0, standing at `at`
    private int rest(int mask, int at) {
        if (mask == done) return cost[at][0];
        int idx = mask * n + at;
        if (memo[idx] >= 0) return memo[idx];
        int best = Integer.MAX_VALUE;
        for (int nx = 0; nx < n; nx++)
            if ((mask >> nx & 1) == 0) best = Math.min(best, cost[at][nx] + rest(mask | 1 << nx, nx));
        return memo[idx] = best;
    }

    public int cheapestRoundTrip(int[][] cost) {
        n = cost.length;
        if (n == 1) return 0;
        this.cost = cost;
        done = (1 << n) - 1;
        memo = new int[n << n];
        Arrays.fill(memo, -1);
        return rest(1, 0);
    }
}
