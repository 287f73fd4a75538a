class Solution {
public:
    int minCost(int n, vector<vector<int>>& arcs) {
        // adjacency in compressed rows: start[u] .. start[u + 1]
        vector<int> start(n + 2, 0), to(arcs.size()), cost(arcs.size());
        for (auto& a : arcs) start[a[0] + 1]++;
        for (int u = 1; u <= n + 1; u++) start[u] += start[u - 1];
        vector<int> fill(start.begin(), start.end());
        for (auto& a : arcs) {
            int i = fill[a[0]]++;
            to[i] = a[1];
            cost[i] = a[2];
        }
        vector<int> dist(n + 1, INT_MAX);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> pq;
        dist[1] = 0;
        pq.push({0, 1});
        while (!pq.empty()) {
            auto [d, u] = pq.top();
            pq.pop();
            if (d > dist[u]) continue;
            if (u == n) return d;
            for (int i = start[u]; i < start[u + 1]; i++) {
                int nd = d + cost[i];
                if (nd < dist[to[i]]) {
                    dist[to[i]] = nd;
                    pq.push({nd, to[i]});
                }
            }
        }
        return -1;
    }
};
