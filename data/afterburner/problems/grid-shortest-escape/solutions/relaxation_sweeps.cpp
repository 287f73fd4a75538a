class Solution {
public:
    int shortestEscape(vector<string>& grid) {
        // sweep every cell and relax it from its neighbours until nothing changes
        int rows = grid.size(), cols = grid[0].size();
        const int INF = INT_MAX / 2;
        vector<vector<int>> dist(rows, vector<int>(cols, INF));
        int tr = 0, tc = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == 'S') dist[r][c] = 0;
                if (grid[r][c] == 'T') tr = r, tc = c;
            }
        bool changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++) {
                    if (grid[r][c] == '#') continue;
                    int best = dist[r][c];
                    if (r > 0) best = min(best, dist[r - 1][c] + 1);
                    if (r + 1 < rows) best = min(best, dist[r + 1][c] + 1);
                    if (c > 0) best = min(best, dist[r][c - 1] + 1);
                    if (c + 1 < cols) best = min(best, dist[r][c + 1] + 1);
                    if (best < dist[r][c]) {
                        dist[r][c] = best;
                        changed = true;
                    }
                }
        }
        return dist[tr][tc] < INF ? dist[tr][tc] : -1;
    }
};
