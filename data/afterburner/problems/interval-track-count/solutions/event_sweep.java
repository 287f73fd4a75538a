class Solution {
    public int minTracks(int[][] intervals) {
        // packed events: time * 2, plus 1 for a start, so ends sort first at equal times
        int n = intervals.length;
        long[] ev = new long[2 * n];
        for (int i = 0; i < n; i++) {
            ev[2 * i] = 2L * intervals[i][0] + 1;
            ev[2 * i + 1] = 2L * intervals[i][1];
        }
        Arrays.sort(ev);
        int cur = 0, best = 0;
        for (long e : ev) {
            if ((e & 1) == 1) best = Math.max(best, ++cur);
            else cur--;
        }
        return best;
    }
}
