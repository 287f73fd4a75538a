class Solution {
public:
    int minCost(int n, vector<vector<int>>& arcs) {
        // Dijkstra without a heap: scan all vertices for the closest unsettled one
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& a : arcs) adj[a[0]].push_back({a[1], a[2]});
        vector<long long> dist(n + 1, LLONG_MAX);
        vector<char> done(n + 1, 0);
        dist[1] = 0;
        for (;;) {
            int u = -1;
            for (int v = 1; v <= n; v++)
                if (!done[v] && dist[v] != LLONG_MAX && (u < 0 || dist[v] < dist[u])) u = v;
            if (u < 0) return -1;
            if (u == n) return (int)dist[u];
            done[u] = 1;
            for (auto [v, w] : adj[u])
                if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
        }
    }
};
