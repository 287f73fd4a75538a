class Solution {
    public int[][] unionIntervals(int[][] intervals) {
        // Sorting starts and ends separately is enough: a block ends at the i-th
        // smallest end exactly when the (i+1)-th smallest start lies beyond it.
        int n = intervals.length;
        int[] starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) { starts[i] = intervals[i][0]; ends[i] = intervals[i][1]; }
        Arrays.sort(starts);
        Arrays.sort(ends);
        List<int[]> result = new ArrayList<>();
        int blockStart = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || starts[i + 1] > ends[i]) {
                result.add(new int[] {starts[blockStart], ends[i]});
                blockStart = i + 1;
            }
        }
        return result.toArray(new int[0][]);
    }
}
