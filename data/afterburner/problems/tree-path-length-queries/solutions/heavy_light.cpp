class Solution {
public:
    vector<int> pathLengths(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        vector<int> parent(n + 1, 0), depth(n + 1, 0), order{1};
        order.reserve(n);
        for (size_t i = 0; i < order.size(); i++) {
            int v = order[i];
            for (int w : adj[v])
                if (w != parent[v]) {
                    parent[w] = v;
                    depth[w] = depth[v] + 1;
                    order.push_back(w);
                }
        }
        vector<int> size(n + 1, 1), heavy(n + 1, 0), head(n + 1, 0);
        for (int i = n - 1; i > 0; i--) {
            int v = order[i], p = parent[v];
            size[p] += size[v];
            if (heavy[p] == 0 || size[v] > size[heavy[p]]) heavy[p] = v;
        }
        for (int v : order) {  // parents come before children in BFS order
            int p = parent[v];
            head[v] = (p && heavy[p] == v) ? head[p] : v;
        }
        vector<int> res;
        res.reserve(queries.size());
        for (auto& qv : queries) {
            int a = qv[0], b = qv[1];
            while (head[a] != head[b]) {
                if (depth[head[a]] > depth[head[b]]) a = parent[head[a]];
                else b = parent[head[b]];
            }
            int l = depth[a] < depth[b] ? a : b;
            res.push_back(depth[qv[0]] + depth[qv[1]] - 2 * depth[l]);
        }
        return res;
    }
};
