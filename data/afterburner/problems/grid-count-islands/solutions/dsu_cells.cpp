class Solution {
    vector<int> parent;

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

public:
    int countIslands(vector<string>& grid) {
        // union-find over cells: join each land cell with land to its left and above
        int rows = grid.size(), cols = grid[0].size();
        parent.resize(rows * cols);
        iota(parent.begin(), parent.end(), 0);
        int regions = 0;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (grid[i][j] != '#') continue;
                regions++;
                int cell = i * cols + j;
                if (j > 0 && grid[i][j - 1] == '#') {
                    int a = find(cell - 1), b = find(cell);
                    if (a != b) {
                        parent[b] = a;
                        regions--;
                    }
                }
                if (i > 0 && grid[i - 1][j] == '#') {
                    int a = find(cell - cols), b = find(cell);
                    if (a != b) {
                        parent[b] = a;
                        regions--;
                    }
                }
            }
        return regions;
    }
};
