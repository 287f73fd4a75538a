class Solution {
public:
    int countIslands(vector<string>& grid) {
        // flat map with a water border: neighbours are index offsets
        int rows = grid.size(), cols = grid[0].size(), w = cols + 2;
        vector<char> land((rows + 2) * w, 0);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) land[(r + 1) * w + c + 1] = grid[r][c] == '#';
        vector<int> queue(land.size());
        const int off[4] = {1, -1, w, -w};
        int count = 0;
        for (int s = 0; s < (int)land.size(); s++) {
            if (!land[s]) continue;
            count++;
            land[s] = 0;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int cell = queue[head++];
                for (int o : off)
                    if (land[cell + o]) {
                        land[cell + o] = 0;
                        queue[tail++] = cell + o;
                    }
            }
        }
        return count;
    }
};
