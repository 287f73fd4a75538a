class Solution {
public:
    vector<int> pathLengths(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        int LOG = 1;
        while ((1 << LOG) < n) LOG++;
        // up[k][v]: the 2^k-th ancestor of v (the root is its own parent)
        vector<vector<int>> up(LOG, vector<int>(n + 1, 0));
        vector<int> depth(n + 1, -1), queue{1};
        depth[1] = 0;
        up[0][1] = 1;
        for (size_t h = 0; h < queue.size(); h++) {
            int x = queue[h];
            for (int y : adj[x])
                if (depth[y] < 0) {
                    depth[y] = depth[x] + 1;
                    up[0][y] = x;
                    queue.push_back(y);
                }
        }
        for (int k = 1; k < LOG; k++)
            for (int v = 1; v <= n; v++) up[k][v] = up[k - 1][up[k - 1][v]];
        auto lca = [&](int a, int b) {
            if (depth[a] < depth[b]) swap(a, b);
            int diff = depth[a] - depth[b];
            for (int k = 0; diff; k++, diff >>= 1)
                if (diff & 1) a = up[k][a];
            if (a == b) return a;
            for (int k = LOG - 1; k >= 0; k--)
                if (up[k][a] != up[k][b]) { a = up[k][a]; b = up[k][b]; }
            return up[0][a];
        };
        vector<int> res;
        res.reserve(queries.size());
        for (auto& qv : queries) {
            int u = qv[0], v = qv[1];
            res.push_back(depth[u] + depth[v] - 2 * depth[lca(u, v)]);
        }
        return res;
    }
};
