class Solution {
    private int[][] cost;
    private int n, best;

    private void extend(int at, int used, int total, int count) {
        if (count == n) {
            best = Math.min(best, total + cost[at][0]);
            return;
        }
        for (int p = 1; p < n; p++)
            if ((used >> p & 1) == 0) extend(p, used | 1 << p, total + cost[at][p], count + 1);
    }

    public int cheapestRoundTrip(int[][] cost) {
        this.cost = cost;
        n = cost.length;
        if (n == 1) return 0;
        best = Integer.MAX_VALUE;
        extend(0, 1, 0, 1);
        return best;
    }
}
