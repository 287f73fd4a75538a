class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public int countIslands(String[] grid) {
        // union-find over cells: join each land cell with land to its left and above
        int rows = grid.length, cols = grid[0].length();
        parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        int regions = 0;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (grid[i].charAt(j) != '#') continue;
                regions++;
                int cell = i * cols + j;
                if (j > 0 && grid[i].charAt(j - 1) == '#') {
                    int a = find(cell - 1), b = find(cell);
                    if (a != b) {
                        parent[b] = a;
                        regions--;
                    }
                }
                if (i > 0 && grid[i - 1].charAt(j) == '#') {
                    int a = find(cell - cols), b = find(cell);
                    if (a != b) {
                        parent[b] = a;
                        regions--;
                    }
                }
            }
        return regions;
    }
}
