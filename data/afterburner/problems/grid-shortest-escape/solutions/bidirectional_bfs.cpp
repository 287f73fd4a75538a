class Solution {
public:
    int shortestEscape(vector<string>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        int w = cols + 2;
        // padded flat grid: border cells are walls
        vector<char> open((rows + 2) * w, 0);
        int s = -1, t = -1;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int cell = (r + 1) * w + c + 1;
                char ch = grid[r][c];
                open[cell] = ch != '#';
                if (ch == 'S') s = cell;
                if (ch == 'T') t = cell;
            }
        vector<char> side(open.size(), 0);
        vector<int> dist(open.size(), 0);
        side[s] = 1;
        side[t] = 2;
        vector<int> front[3];
        front[1] = {s};
        front[2] = {t};
        const int off[4] = {1, -1, w, -w};
        while (!front[1].empty() && !front[2].empty()) {
            int who = front[1].size() <= front[2].size() ? 1 : 2;
            vector<int> nxt;
            for (int cell : front[who]) {
                for (int o : off) {
                    int nb = cell + o;
                    if (!open[nb]) continue;
                    if (side[nb] == 0) {
                        side[nb] = who;
                        dist[nb] = dist[cell] + 1;
                        nxt.push_back(nb);
                    } else if (side[nb] != who) {
                        return dist[cell] + dist[nb] + 1;
                    }
                }
            }
            front[who].swap(nxt);
        }
        return -1;
    }
};
