class Solution {
    public int countIslands(String[] grid) {
        // flat map with a water border: neighbours are index offsets
        int rows = grid.length, cols = grid[0].length(), w = cols + 2;
        boolean[] land = new boolean[(rows + 2) * w];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) land[(r + 1) * w + c + 1] = grid[r].charAt(c) == '#';
        int[] queue = new int[land.length];
        int[] off = {1, -1, w, -w};
        int count = 0;
        for (int s = 0; s < land.length; s++) {
            if (!land[s]) continue;
            count++;
            land[s] = false;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int cell = queue[head++];
                for (int o : off)
                    if (land[cell + o]) {
                        land[cell + o] = false;
                        queue[tail++] = cell + o;
                    }
            }
        }
        return count;
    }
}
