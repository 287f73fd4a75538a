class Solution {
    public int minTracks(int[][] intervals) {
        int best = 0;
        for (int[] p : intervals) {
            int s = p[0], covering = 0;
            for (int[] q : intervals)
                if (q[0] <= s && s < q[1]) covering++;
            best = Math.max(best, covering);
        }
        return best;
    }
}
