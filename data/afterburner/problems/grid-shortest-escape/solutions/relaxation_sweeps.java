class Solution {
    public int shortestEscape(String[] grid) {
        // sweep every cell and relax it from its neighbours until nothing changes
        int rows = grid.length, cols = grid[0].length();
        final int INF = Integer.MAX_VALUE / 2;
        int[][] dist = new int[rows][cols];
        int tr = 0, tc = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                dist[r][c] = INF;
                char ch = grid[r].charAt(c);
                if (ch == 'S') dist[r][c] = 0;
                if (ch == 'T') { tr = r; tc = c; }
            }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++) {
                    if (grid[r].charAt(c) == '#') continue;
                    int best = dist[r][c];
                    if (r > 0) best = Math.min(best, dist[r - 1][c] + 1);
                    if (r + 1 < rows) best = Math.min(best, dist[r + 1][c] + 1);
                    if (c > 0) best = Math.min(best, dist[r][c - 1] + 1);
                    if (c + 1 < cols) best = Math.min(best, dist[r][c + 1] + 1);
                    if (best < dist[r][c]) {
                        dist[r][c] = best;
                        changed = true;
                    }
                }
        }
        return dist[tr][tc] < INF ? dist[tr][tc] : -1;
    }
}
