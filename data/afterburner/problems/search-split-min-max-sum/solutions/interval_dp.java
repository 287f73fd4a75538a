class Solution {
    public long lightestCut(int[] nums, int m) {
        // best[p][e]: lightest weight cutting the first e values into p parts
        int n = nums.length;
        long[] pre = new long[n + 1];
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + nums[i];
        long[] prev = new long[n + 1], row = new long[n + 1];
        Arrays.fill(prev, Long.MAX_VALUE);
        prev[0] = 0;
        for (int p = 1; p <= m; p++) {
            Arrays.fill(row, Long.MAX_VALUE);
            for (int e = p; e <= n; e++) {
                long value = Long.MAX_VALUE;
                for (int s = p - 1; s < e; s++) value = Math.min(value, Math.max(prev[s], pre[e] - pre[s]));
                row[e] = value;
            }
            long[] t = prev;
            prev = row;
            row = t;
        }
        return prev[n];
    }
}
