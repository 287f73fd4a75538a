class Solution {
    public int shortestEscape(String[] grid) {
        int rows = grid.length, cols = grid[0].length();
        int w = cols + 2;
        // padded flat grid: border cells are walls
        boolean[] open = new boolean[(rows + 2) * w];
        int s = -1, t = -1;
        for (int r = 0; r < rows; r++) {
            String row = grid[r];
            for (int c = 0; c < cols; c++) {
                int cell = (r + 1) * w + c + 1;
                char ch = row.charAt(c);
                open[cell] = ch != '#';
                if (ch == 'S') s = cell;
                else if (ch == 'T') t = cell;
            }
        }
        byte[] side = new byte[open.length];
        int[] dist = new int[open.length];
        side[s] = 1;
        side[t] = 2;
        int[][] front = new int[3][];
        int[] size = new int[3];
        front[1] = new int[] {s};
        front[2] = new int[] {t};
        size[1] = size[2] = 1;
        int[] off = {1, -1, w, -w};
        while (size[1] > 0 && size[2] > 0) {
            int who = size[1] <= size[2] ? 1 : 2;
            int[] nxt = new int[Math.max(4, size[who] * 4)];
            int n = 0;
            for (int i = 0; i < size[who]; i++) {
                int cell = front[who][i];
                for (int o : off) {
                    int nb = cell + o;
                    if (!open[nb]) continue;
                    if (side[nb] == 0) {
                        side[nb] = (byte) who;
                        dist[nb] = dist[cell] + 1;
                        nxt[n++] = nb;
                    } else if (side[nb] != who) {
                        return dist[cell] + dist[nb] + 1;
                    }
                }
            }
            front[who] = nxt;
            size[who] = n;
        }
        return -1;
    }
}
