class Solution {
public:
    int countBridges(int n, vector<vector<int>>& edges) {
        // adjacency in compressed rows; every arc keeps its edge id, so the search
        // skips exactly the edge it entered a vertex by
        int m = edges.size();
        vector<int> start(n + 2, 0), to(2 * m), id(2 * m);
        for (auto& e : edges) {
            start[e[0] + 1]++;
            start[e[1] + 1]++;
        }
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        vector<int> fill(start);
        for (int i = 0; i < m; i++) {
            int u = edges[i][0], v = edges[i][1];
            to[fill[u]] = v;
            id[fill[u]++] = i;
            to[fill[v]] = u;
            id[fill[v]++] = i;
        }
        vector<int> disc(n + 1, 0), low(n + 1, 0), ptr(n + 1, 0), via(n + 1, -1), call;
        call.reserve(n);
        int timer = 0, bridges = 0;
        for (int root = 1; root <= n; root++) {
            if (disc[root]) continue;
            disc[root] = low[root] = ++timer;
            ptr[root] = start[root];
            call.push_back(root);
            while (!call.empty()) {
                int u = call.back();
                if (ptr[u] < start[u + 1]) {
                    int k = ptr[u]++;
                    if (id[k] == via[u]) continue;
                    int v = to[k];
                    if (disc[v]) {
                        low[u] = min(low[u], disc[v]);
                    } else {
                        disc[v] = low[v] = ++timer;
                        ptr[v] = start[v];
                        via[v] = id[k];
                        call.push_back(v);
                    }
                    continue;
                }
                call.pop_back();
                if (!call.empty()) {
                    int p = call.back();
                    low[p] = min(low[p], low[u]);
                    if (low[u] > disc[p]) bridges++;
                }
            }
        }
        return bridges;
    }
};
