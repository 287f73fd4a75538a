class Solution {
    public long maxWeight(int[][] bookings) {
        int n = bookings.length;
        // one packed key per event: time, then ends (0) before starts (1), then booking index
        long[] ev = new long[2 * n];
        for (int i = 0; i < n; i++) {
            ev[2 * i] = ((long) bookings[i][0] << 18) | (1L << 17) | i;
            ev[2 * i + 1] = ((long) bookings[i][1] << 18) | i;
        }
        Arrays.sort(ev);
        long[] value = new long[n];
        long best = 0;
        for (long key : ev) {
            int i = (int) (key & ((1 << 17) - 1));
            if (((key >> 17) & 1) == 1) value[i] = best + bookings[i][2];
            else best = Math.max(best, value[i]);
        }
        return best;
    }
}
