class Solution {
    public long coveredLength(int[][] segments) {
        Arrays.sort(segments, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        long total = 0;
        long start = segments[0][0], end = segments[0][1];
        for (int i = 1; i < segments.length; i++) {
            if (segments[i][0] > end) {
                total += end - start;
                start = segments[i][0];
            }
            end = segments[i][1];
        }
        return total + end - start;
    }
}
