class Solution {
public:
    int countIslands(vector<string>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        vector<char> seen(rows * cols, 0);
        vector<int> stack;
        int islands = 0;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (grid[i][j] != '#' || seen[i * cols + j]) continue;
                islands++;
                seen[i * cols + j] = 1;
                stack.push_back(i * cols + j);
                while (!stack.empty()) {
                    int cell = stack.back();
                    stack.pop_back();
                    int r = cell / cols, c = cell % cols;
                    for (int dr = -1; dr <= 1; dr++)
                        for (int dc = -1; dc <= 1; dc++) {
                            int nr = r + dr, nc = c + dc;
                            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                            if (grid[nr][nc] != '#' || seen[nr * cols + nc]) continue;
                            seen[nr * cols + nc] = 1;
                            stack.push_back(nr * cols + nc);
                        }
                }
            }
        return islands;
    }
};
