class Solution {
    public long maxWeight(int[][] bookings) {
        int n = bookings.length;
        int[] all = new int[2 * n];
        for (int i = 0; i < n; i++) {
            all[2 * i] = bookings[i][0];
            all[2 * i + 1] = bookings[i][1];
        }
        Arrays.sort(all);
        int m = 0;
        for (int i = 0; i < all.length; i++) if (m == 0 || all[m - 1] != all[i]) all[m++] = all[i];
        int[] times = Arrays.copyOf(all, m);
        // bookings grouped by end slot (counting-sort layout)
        int[] head = new int[m + 1];
        int[] startSlot = new int[n], endSlot = new int[n];
        for (int i = 0; i < n; i++) {
            startSlot[i] = Arrays.binarySearch(times, bookings[i][0]);
            endSlot[i] = Arrays.binarySearch(times, bookings[i][1]);
            head[endSlot[i] + 1]++;
        }
        for (int t = 0; t < m; t++) head[t + 1] += head[t];
        int[] fill = Arrays.copyOf(head, m);
        int[] byEnd = new int[n];
        for (int i = 0; i < n; i++) byEnd[fill[endSlot[i]]++] = i;
        long[] best = new long[m]; // best[t]: bookings that all end by times[t]
        for (int t = 1; t < m; t++) {
            long cur = best[t - 1];
            for (int q = head[t]; q < head[t + 1]; q++) {
                int i = byEnd[q];
                cur = Math.max(cur, best[startSlot[i]] + bookings[i][2]);
            }
            best[t] = cur;
        }
        return best[m - 1];
    }
}
