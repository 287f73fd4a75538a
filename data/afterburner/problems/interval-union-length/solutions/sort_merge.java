class Solution {
    public long coveredLength(int[][] segments) {
        int n = segments.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) segments[i][0] << 31) | segments[i][1];
        Arrays.sort(keys);
        long mask = (1L << 31) - 1;
        long total = 0;
        long start = keys[0] >>> 31, end = keys[0] & mask;
        for (int i = 1; i < n; i++) {
            long l = keys[i] >>> 31, r = keys[i] & mask;
            if (l > end) {
                total += end - start;
                start = l;
                end = r;
            } else if (r > end) {
                end = r;
            }
        }
        return total + end - start;
    }
}
