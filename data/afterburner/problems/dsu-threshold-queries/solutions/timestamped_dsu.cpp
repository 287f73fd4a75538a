class Solution {
public:
    string reachableUnder(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        // Union by size without compression; every link keeps the weight that made
        // it, so a query climbs only links of weight <= t. Depth stays O(log n).
        vector<int> parent(n + 1), sz(n + 1, 1), linkW(n + 1, 0);
        iota(parent.begin(), parent.end(), 0);
        vector<int> eo(edges.size());
        iota(eo.begin(), eo.end(), 0);
        sort(eo.begin(), eo.end(), [&](int a, int b) { return edges[a][2] < edges[b][2]; });
        auto root = [&](int x) {
            while (parent[x] != x) x = parent[x];
            return x;
        };
        for (int id : eo) {
            int a = root(edges[id][0]), b = root(edges[id][1]);
            if (a == b) continue;
            if (sz[a] < sz[b]) swap(a, b);
            parent[b] = a;
            linkW[b] = edges[id][2];
            sz[a] += sz[b];
        }
        auto cappedRoot = [&](int x, int t) {
            while (parent[x] != x && linkW[x] <= t) x = parent[x];
            return x;
        };
        string answer(queries.size(), '0');
        for (size_t i = 0; i < queries.size(); i++) {
            int t = queries[i][2];
            if (cappedRoot(queries[i][0], t) == cappedRoot(queries[i][1], t)) answer[i] = '1';
        }
        return answer;
    }
};
