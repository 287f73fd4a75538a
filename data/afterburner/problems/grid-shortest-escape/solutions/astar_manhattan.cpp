class Solution {
public:
    int shortestEscape(vector<string>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        int s = -1, t = -1;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == 'S') s = r * cols + c;
                if (grid[r][c] == 'T') t = r * cols + c;
            }
        int tr = t / cols, tc = t % cols;
        auto h = [&](int r, int c) { return abs(r - tr) + abs(c - tc); };
        vector<int> g(rows * cols, INT_MAX);
        vector<char> closed(rows * cols, 0);
        // (f, g, cell), smallest f first, ties broken by larger g
        priority_queue<tuple<int, int, int>> pq;
        g[s] = 0;
        pq.push({-h(s / cols, s % cols), 0, s});
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        while (!pq.empty()) {
            auto [f, d, cell] = pq.top();
            pq.pop();
            if (closed[cell]) continue;
            closed[cell] = 1;
            if (cell == t) return d;
            int r = cell / cols, c = cell % cols;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#') continue;
                int nb = nr * cols + nc;
                if (closed[nb] || d + 1 >= g[nb]) continue;
                g[nb] = d + 1;
                pq.push({-(d + 1 + h(nr, nc)), d + 1, nb});
            }
        }
        return -1;
    }
};
