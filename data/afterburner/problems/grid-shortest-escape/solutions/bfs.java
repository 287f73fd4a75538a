class Solution {
    public int shortestEscape(String[] grid) {
        int rows = grid.length, cols = grid[0].length();
        char[][] g = new char[rows][];
        int start = -1;
        for (int r = 0; r < rows; r++) {
            g[r] = grid[r].toCharArray();
            int c = grid[r].indexOf('S');
            if (c >= 0) start = r * cols + c;
        }
        int[] dist = new int[rows * cols];
        Arrays.fill(dist, -1);
        int[] queue = new int[rows * cols];
        int head = 0, tail = 0;
        queue[tail++] = start;
        dist[start] = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (head < tail) {
            int cell = queue[head++];
            int r = cell / cols, c = cell % cols;
            if (g[r][c] == 'T') return dist[cell];
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || g[nr][nc] == '#') continue;
                int nxt = nr * cols + nc;
                if (dist[nxt] >= 0) continue;
                dist[nxt] = dist[cell] + 1;
                queue[tail++] = nxt;
            }
        }
        return -1;
    }
}
