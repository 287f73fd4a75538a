class Solution {
public:
    int countIslands(vector<string>& grid) {
        // land cells as packed coordinates in a hash set, removed as they are reached
        const long long K = 1 << 12;  // row stride, larger than any column + 1
        unordered_set<long long> land;
        for (int r = 0; r < (int)grid.size(); r++)
            for (int c = 0; c < (int)grid[r].size(); c++)
                if (grid[r][c] == '#') land.insert((r + 1) * K + c + 1);
        int islands = 0;
        vector<long long> todo;
        while (!land.empty()) {
            islands++;
            todo.push_back(*land.begin());
            land.erase(land.begin());
            while (!todo.empty()) {
                long long key = todo.back();
                todo.pop_back();
                for (long long nb : {key - K, key + K, key - 1, key + 1})
                    if (land.erase(nb)) todo.push_back(nb);
            }
        }
        return islands;
    }
};
