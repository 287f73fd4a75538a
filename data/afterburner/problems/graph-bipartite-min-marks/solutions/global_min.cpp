class Solution {
public:
    int minimumMarked(int n, vector<vector<int>>& edges) {
        // Colours everything, then marks the smaller colour class over the whole graph.
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) { adj[e[0]].push_back(e[1]); adj[e[1]].push_back(e[0]); }
        vector<int> color(n + 1, -1);
        int count[2] = {0, 0};
        queue<int> q;
        for (int s = 1; s <= n; s++) {
            if (color[s] != -1 || adj[s].empty()) continue;
            color[s] = 0;
            count[0]++;
            q.push(s);
            while (!q.empty()) {
                int u = q.front();
                q.pop();
                for (int v : adj[u]) {
                    if (color[v] == -1) { color[v] = 1 - color[u]; count[color[v]]++; q.push(v); }
                    else if (color[v] == color[u]) return -1;
                }
            }
        }
        return min(count[0], count[1]);
    }
};
