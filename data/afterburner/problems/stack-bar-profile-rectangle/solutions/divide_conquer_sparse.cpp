class Solution {
public:
    long long largestRectangle(vector<int>& h) {
        // split every block at its lowest bar, found with a sparse table of argmins
        int n = h.size();
        vector<vector<int>> table(1, vector<int>(n));
        iota(table[0].begin(), table[0].end(), 0);
        for (int j = 1; (1 << j) <= n; ++j) {
            const vector<int>& prev = table[j - 1];
            vector<int> row(n - (1 << j) + 1);
            for (size_t i = 0; i < row.size(); ++i) {
                int a = prev[i], b = prev[i + (1 << (j - 1))];
                row[i] = h[a] <= h[b] ? a : b;
            }
            table.push_back(move(row));
        }
        auto argmin = [&](int l, int r) {
            int k = 31 - __builtin_clz(r - l + 1);
            int a = table[k][l], b = table[k][r - (1 << k) + 1];
            return h[a] <= h[b] ? a : b;
        };
        long long best = 0;
        vector<pair<int, int>> todo = {{0, n - 1}};
        while (!todo.empty()) {
            auto [l, r] = todo.back();
            todo.pop_back();
            int m = argmin(l, r);
            best = max(best, (long long) h[m] * (r - l + 1));
            if (l < m) todo.push_back({l, m - 1});
            if (m < r) todo.push_back({m + 1, r});
        }
        return best;
    }
};
