class Solution {
    public long maxWeight(int[][] bookings) {
        int[][] items = bookings.clone();
        Arrays.sort(items, (a, b) -> Integer.compare(a[1], b[1]));
        int n = items.length;
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) ends[i] = items[i][1];
        long[] best = new long[n + 1]; // best[i]: using only the first i bookings
        for (int i = 0; i < n; i++) {
            // count of bookings that end no later than this one starts
            int lo = 0, hi = i, s = items[i][0];
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= s) lo = mid + 1;
                else hi = mid;
            }
            best[i + 1] = Math.max(best[i], best[lo] + items[i][2]);
        }
        return best[n];
    }
}
