class Solution {
public:
    int treeHeight(int n, vector<vector<int>>& edges) {
        // shortest distances from the root, every edge weighing 1
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        const int INF = INT_MAX;
        vector<int> dist(n + 1, INF);
        dist[1] = 0;
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        heap.push({0, 1});
        while (!heap.empty()) {
            auto [d, node] = heap.top();
            heap.pop();
            if (d > dist[node]) continue;
            for (int nxt : adj[node]) {
                if (d + 1 < dist[nxt]) {
                    dist[nxt] = d + 1;
                    heap.push({d + 1, nxt});
                }
            }
        }
        return *max_element(dist.begin() + 1, dist.end());
    }
};
