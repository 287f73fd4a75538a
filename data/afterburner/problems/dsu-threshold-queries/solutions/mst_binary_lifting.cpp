class Solution {
public:
    string reachableUnder(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        // Minimum spanning forest, then the heaviest edge on the tree path between
        // a and b (binary lifting) decides the query.
        vector<int> eo(edges.size());
        iota(eo.begin(), eo.end(), 0);
        sort(eo.begin(), eo.end(), [&](int a, int b) { return edges[a][2] < edges[b][2]; });
        vector<int> dsu(n + 1);
        iota(dsu.begin(), dsu.end(), 0);
        auto find = [&](int x) {
            while (dsu[x] != x) { dsu[x] = dsu[dsu[x]]; x = dsu[x]; }
            return x;
        };
        vector<vector<pair<int, int>>> tree(n + 1);
        for (int id : eo) {
            int u = edges[id][0], v = edges[id][1];
            int a = find(u), b = find(v);
            if (a == b) continue;
            dsu[a] = b;
            tree[u].push_back({v, edges[id][2]});
            tree[v].push_back({u, edges[id][2]});
        }
        const int LOG = 17;
        vector<vector<int>> up(LOG, vector<int>(n + 1)), mx(LOG, vector<int>(n + 1, 0));
        vector<int> depth(n + 1, -1), comp(n + 1, 0), order;
        order.reserve(n);
        for (int r = 1; r <= n; r++) {
            if (depth[r] >= 0) continue;
            depth[r] = 0; up[0][r] = r; comp[r] = r;
            size_t head = order.size();
            order.push_back(r);
            while (head < order.size()) {
                int x = order[head++];
                for (auto [y, w] : tree[x]) {
                    if (depth[y] >= 0) continue;
                    depth[y] = depth[x] + 1; up[0][y] = x; mx[0][y] = w; comp[y] = r;
                    order.push_back(y);
                }
            }
        }
        for (int k = 1; k < LOG; k++)
            for (int v = 1; v <= n; v++) {
                int mid = up[k - 1][v];
                up[k][v] = up[k - 1][mid];
                mx[k][v] = max(mx[k - 1][v], mx[k - 1][mid]);
            }
        auto pathMax = [&](int a, int b) {
            int best = 0;
            if (depth[a] < depth[b]) swap(a, b);
            int diff = depth[a] - depth[b];
            for (int k = 0; diff; k++, diff >>= 1)
                if (diff & 1) { best = max(best, mx[k][a]); a = up[k][a]; }
            if (a == b) return best;
            for (int k = LOG - 1; k >= 0; k--)
                if (up[k][a] != up[k][b]) {
                    best = max({best, mx[k][a], mx[k][b]});
                    a = up[k][a]; b = up[k][b];
                }
            return max({best, mx[0][a], mx[0][b]});
        };
        string answer(queries.size(), '0');
        for (size_t i = 0; i < queries.size(); i++) {
            int a = queries[i][0], b = queries[i][1], t = queries[i][2];
            if (a == b || (comp[a] == comp[b] && pathMax(a, b) <= t)) answer[i] = '1';
        }
        return answer;
    }
};
