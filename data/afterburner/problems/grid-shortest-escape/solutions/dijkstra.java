class Solution {
    public int shortestEscape(String[] grid) {
        int rows = grid.length, cols = grid[0].length();
        int start = -1;
        for (int r = 0; r < rows; r++) {
            int c = grid[r].indexOf('S');
            if (c >= 0) start = r * cols + c;
        }
        int[] best = new int[rows * cols];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[start] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        pq.add(new long[] {0, start});
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int d = (int) top[0], cell = (int) top[1];
            if (d > best[cell]) continue;
            int r = cell / cols, c = cell % cols;
            if (grid[r].charAt(c) == 'T') return d;
            for (int[] mv : moves) {
                int nr = r + mv[0], nc = c + mv[1];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr].charAt(nc) == '#') continue;
                int nxt = nr * cols + nc;
                if (d + 1 < best[nxt]) {
                    best[nxt] = d + 1;
                    pq.add(new long[] {d + 1, nxt});
                }
            }
        }
        return -1;
    }
}
