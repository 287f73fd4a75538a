class Solution {
    public int[][] unionIntervals(int[][] intervals) {
        // LSD radix sort of the indices by start (two 16-bit digits), then one scan.
        int n = intervals.length;
        int[] order = new int[n], tmp = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int shift = 0; shift < 32; shift += 16) {
            int[] count = new int[(1 << 16) + 1];
            for (int i : order) count[((intervals[i][0] >> shift) & 0xFFFF) + 1]++;
            for (int d = 0; d < (1 << 16); d++) count[d + 1] += count[d];
            for (int i : order) tmp[count[(intervals[i][0] >> shift) & 0xFFFF]++] = i;
            int[] t = order; order = tmp; tmp = t;
        }
        int[] ls = new int[n], rs = new int[n];
        int m = 0;
        for (int i : order) {
            int l = intervals[i][0], r = intervals[i][1];
            if (m > 0 && l <= rs[m - 1]) rs[m - 1] = Math.max(rs[m - 1], r);
            else { ls[m] = l; rs[m] = r; m++; }
        }
        int[][] merged = new int[m][];
        for (int i = 0; i < m; i++) merged[i] = new int[] {ls[i], rs[i]};
        return merged;
    }
}
