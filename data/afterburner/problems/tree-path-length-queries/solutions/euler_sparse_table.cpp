class Solution {
public:
    vector<int> pathLengths(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        // Euler tour of depths: the LCA depth is the minimum between the first visits
        vector<int> depth(n + 1, 0), first(n + 1, 0), tour, parent(n + 1, 0), next(n + 1, 0);
        tour.reserve(2 * n);
        tour.push_back(0);
        vector<int> stack{1};
        while (!stack.empty()) {
            int v = stack.back();
            if (next[v] < (int) adj[v].size()) {
                int w = adj[v][next[v]++];
                if (w == parent[v]) continue;
                parent[w] = v;
                depth[w] = depth[v] + 1;
                first[w] = tour.size();
                tour.push_back(depth[w]);
                stack.push_back(w);
            } else {
                stack.pop_back();
                if (!stack.empty()) tour.push_back(depth[stack.back()]);
            }
        }
        int m = tour.size();
        vector<vector<int>> table{tour};
        for (int span = 1; 2 * span <= m; span *= 2) {
            const vector<int>& prev = table.back();
            vector<int> row(m - 2 * span + 1);
            for (size_t i = 0; i < row.size(); i++) row[i] = min(prev[i], prev[i + span]);
            table.push_back(move(row));
        }
        vector<int> res;
        res.reserve(queries.size());
        for (auto& qv : queries) {
            int u = qv[0], v = qv[1];
            int l = min(first[u], first[v]), r = max(first[u], first[v]);
            int k = 31 - __builtin_clz(r - l + 1);
            int low = min(table[k][l], table[k][r - (1 << k) + 1]);
            res.push_back(depth[u] + depth[v] - 2 * low);
        }
        return res;
    }
};
