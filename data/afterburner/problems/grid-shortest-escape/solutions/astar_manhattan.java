class Solution {
    public int shortestEscape(String[] grid) {
        int rows = grid.length, cols = grid[0].length();
        int s = -1, t = -1;
        for (int r = 0; r < rows; r++) {
            int c = grid[r].indexOf('S');
            if (c >= 0) s = r * cols + c;
            c = grid[r].indexOf('T');
            if (c >= 0) t = r * cols + c;
        }
        final int tr = t / cols, tc = t % cols;
        int[] g = new int[rows * cols];
        Arrays.fill(g, Integer.MAX_VALUE);
        boolean[] closed = new boolean[rows * cols];
        // entries pack (f, cell) into one long so the heap orders by f
        PriorityQueue<Long> pq = new PriorityQueue<>();
        g[s] = 0;
        pq.add(((long) (Math.abs(s / cols - tr) + Math.abs(s % cols - tc)) << 32) | s);
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (!pq.isEmpty()) {
            long top = pq.poll();
            int cell = (int) (top & 0xffffffffL);
            if (closed[cell]) continue;
            closed[cell] = true;
            int d = g[cell];
            if (cell == t) return d;
            int r = cell / cols, c = cell % cols;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr].charAt(nc) == '#') continue;
                int nb = nr * cols + nc;
                if (closed[nb] || d + 1 >= g[nb]) continue;
                g[nb] = d + 1;
                long f = d + 1 + Math.abs(nr - tr) + Math.abs(nc - tc);
                pq.add((f << 32) | nb);
            }
        }
        return -1;
    }
}
