class Solution {
public:
    int shortestEscape(vector<string>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        vector<int> dist(rows * cols, -1);
        int start = -1;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (grid[r][c] == 'S') start = r * cols + c;
        vector<int> queue;
        queue.reserve(rows * cols);
        queue.push_back(start);
        dist[start] = 0;
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        for (size_t head = 0; head < queue.size(); head++) {
            int cell = queue[head];
            int r = cell / cols, c = cell % cols;
            if (grid[r][c] == 'T') return dist[cell];
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#') continue;
                int nxt = nr * cols + nc;
                if (dist[nxt] >= 0) continue;
                dist[nxt] = dist[cell] + 1;
                queue.push_back(nxt);
            }
        }
        return -1;
    }
};
