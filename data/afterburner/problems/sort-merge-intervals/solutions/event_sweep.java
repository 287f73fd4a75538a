class Solution {
    public int[][] unionIntervals(int[][] intervals) {
        // Events packed as 2*x + kind in a long: at the same point an opening (0)
        // sorts before a closing (1), so touching intervals stay in one block.
        int n = intervals.length;
        long[] events = new long[2 * n];
        for (int i = 0; i < n; i++) {
            events[2 * i] = 2L * intervals[i][0];
            events[2 * i + 1] = 2L * intervals[i][1] + 1;
        }
        Arrays.sort(events);
        List<int[]> out = new ArrayList<>();
        int open = 0, begin = 0;
        for (long ev : events) {
            int x = (int) (ev >> 1);
            if ((ev & 1) == 0) {
                if (open++ == 0) begin = x;
            } else if (--open == 0) {
                out.add(new int[] {begin, x});
            }
        }
        return out.toArray(new int[0][]);
    }
}
