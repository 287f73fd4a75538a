class Solution {
public:
    int minCost(int n, vector<vector<int>>& arcs) {
        // keep only the cheapest arc per ordered pair, in hash maps
        unordered_map<int, unordered_map<int, int>> graph;
        for (auto& a : arcs) {
            auto& row = graph[a[0]];
            auto it = row.find(a[1]);
            if (it == row.end() || a[2] < it->second) row[a[1]] = a[2];
        }
        // an ordered set as the queue, with erase on improvement
        unordered_map<int, int> best;
        set<pair<int, int>> queue;
        best[1] = 0;
        queue.insert({0, 1});
        while (!queue.empty()) {
            auto [d, u] = *queue.begin();
            queue.erase(queue.begin());
            if (u == n) return d;
            auto g = graph.find(u);
            if (g == graph.end()) continue;
            for (auto [v, w] : g->second) {
                auto it = best.find(v);
                if (it != best.end() && it->second <= d + w) continue;
                if (it != best.end()) queue.erase({it->second, v});
                best[v] = d + w;
                queue.insert({d + w, v});
            }
        }
        return -1;
    }
};
