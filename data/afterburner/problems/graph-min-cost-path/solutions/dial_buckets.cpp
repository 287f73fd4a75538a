class Solution {
public:
    int minCost(int n, vector<vector<int>>& arcs) {
        // costs are at most 100: a ring of 101 buckets replaces the heap
        const int W = 100;
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& a : arcs) adj[a[0]].push_back({a[1], a[2]});
        vector<int> dist(n + 1, INT_MAX);
        vector<char> done(n + 1, 0);
        vector<vector<int>> ring(W + 1);
        dist[1] = 0;
        ring[0].push_back(1);
        long long pending = 1;
        for (int d = 0; pending > 0; d++) {
            auto& bucket = ring[d % (W + 1)];
            while (!bucket.empty()) {
                int u = bucket.back();
                bucket.pop_back();
                pending--;
                if (done[u] || dist[u] != d) continue;
                done[u] = 1;
                if (u == n) return d;
                for (auto [v, w] : adj[u]) {
                    if (!done[v] && d + w < dist[v]) {
                        dist[v] = d + w;
                        ring[(d + w) % (W + 1)].push_back(v);
                        pending++;
                    }
                }
            }
        }
        return -1;
    }
};
