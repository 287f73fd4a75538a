class Solution {
    public int countIslands(String[] grid) {
        int rows = grid.length, cols = grid[0].length();
        boolean[] seen = new boolean[rows * cols];
        int[] stack = new int[rows * cols];
        int islands = 0;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (grid[i].charAt(j) != '#' || seen[i * cols + j]) continue;
                islands++;
                int sp = 0;
                seen[i * cols + j] = true;
                stack[sp++] = i * cols + j;
                while (sp > 0) {
                    int cell = stack[--sp];
                    int r = cell / cols, c = cell % cols;
                    for (int dr = -1; dr <= 1; dr++)
                        for (int dc = -1; dc <= 1; dc++) {
                            int nr = r + dr, nc = c + dc;
                            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                            if (grid[nr].charAt(nc) != '#' || seen[nr * cols + nc]) continue;
                            seen[nr * cols + nc] = true;
                            stack[sp++] = nr * cols + nc;
                        }
                }
            }
        return islands;
    }
}
