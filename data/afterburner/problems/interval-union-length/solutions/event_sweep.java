class Solution {
    public long coveredLength(int[][] segments) {
        int n = segments.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = segments[i][0];
            ends[i] = segments[i][1];
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        long total = 0;
        int depth = 0, i = 0, j = 0;
        long prev = 0;
        while (j < n) {
            long x;
            if (i < n && starts[i] <= ends[j]) {
                x = starts[i++];
                if (depth > 0) total += x - prev;
                depth++;
            } else {
                x = ends[j++];
                if (depth > 0) total += x - prev;
                depth--;
            }
            prev = x;
        }
        return total;
    }
}
