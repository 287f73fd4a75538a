class Solution {
public:
    int countIslands(vector<string>& grid) {
        // every land cell starts with its own label; the smallest label spreads
        // to neighbours until nothing changes
        int rows = grid.size(), cols = grid[0].size();
        vector<vector<int>> label(rows, vector<int>(cols, -1));
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (grid[r][c] == '#') label[r][c] = r * cols + c;
        bool changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++) {
                    int cur = label[r][c];
                    if (cur < 0) continue;
                    int best = cur;
                    if (r > 0 && label[r - 1][c] >= 0) best = min(best, label[r - 1][c]);
                    if (r + 1 < rows && label[r + 1][c] >= 0) best = min(best, label[r + 1][c]);
                    if (c > 0 && label[r][c - 1] >= 0) best = min(best, label[r][c - 1]);
                    if (c + 1 < cols && label[r][c + 1] >= 0) best = min(best, label[r][c + 1]);
                    if (best < cur) {
                        label[r][c] = best;
                        changed = true;
                    }
                }
        }
        int count = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (label[r][c] == r * cols + c) count++;
        return count;
    }
};
