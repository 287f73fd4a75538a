class Solution {
    public long coveredLength(int[][] segments) {
        int n = segments.length;
        int[] all = new int[2 * n];
        for (int i = 0; i < n; i++) {
            all[2 * i] = segments[i][0];
            all[2 * i + 1] = segments[i][1];
        }
        Arrays.sort(all);
        int m = 0;
        for (int i = 0; i < all.length; i++) {
            if (m == 0 || all[m - 1] != all[i]) all[m++] = all[i];
        }
        int[] xs = Arrays.copyOf(all, m);
        int[] diff = new int[m + 1];
        for (int[] s : segments) {
            diff[Arrays.binarySearch(xs, s[0])]++;
            diff[Arrays.binarySearch(xs, s[1])]--;
        }
        long total = 0;
        int running = 0;
        for (int i = 0; i + 1 < m; i++) {
            running += diff[i];
            if (running > 0) total += xs[i + 1] - xs[i];
        }
        return total;
    }
}
