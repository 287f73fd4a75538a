class Solution {
public:
    int shortestEscape(vector<string>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        int start = -1;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (grid[r][c] == 'S') start = r * cols + c;
        vector<int> best(rows * cols, INT_MAX);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> pq;
        best[start] = 0;
        pq.push({0, start});
        while (!pq.empty()) {
            auto [d, cell] = pq.top();
            pq.pop();
            if (d > best[cell]) continue;
            int r = cell / cols, c = cell % cols;
            if (grid[r][c] == 'T') return d;
            int nbr[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
            for (auto& p : nbr) {
                int nr = p[0], nc = p[1];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#') continue;
                int nxt = nr * cols + nc;
                if (d + 1 < best[nxt]) {
                    best[nxt] = d + 1;
                    pq.push({d + 1, nxt});
                }
            }
        }
        return -1;
    }
};
