class Solution {
    public int minTracks(int[][] intervals) {
        int n = intervals.length;
        int[] starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int j = 0, active = 0, best = 0;
        for (int s : starts) {
            while (ends[j] <= s) {
                j++;
                active--;
            }
            best = Math.max(best, ++active);
        }
        return best;
    }
}
