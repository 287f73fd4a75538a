class Solution {
public:
    int minimumMarked(int n, vector<vector<int>>& edges) {
        // Two-colour each component by BFS; the smaller side gets the marks.
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) { adj[e[0]].push_back(e[1]); adj[e[1]].push_back(e[0]); }
        vector<int> color(n + 1, -1);
        queue<int> q;
        int total = 0;
        for (int s = 1; s <= n; s++) {
            if (color[s] != -1 || adj[s].empty()) continue;
            color[s] = 0;
            int sides[2] = {1, 0};
            q.push(s);
            while (!q.empty()) {
                int u = q.front();
                q.pop();
                for (int v : adj[u]) {
                    if (color[v] == -1) {
                        color[v] = color[u] ^ 1;
                        sides[color[v]]++;
                        q.push(v);
                    } else if (color[v] == color[u]) {
                        return -1;
                    }
                }
            }
            total += min(sides[0], sides[1]);
        }
        return total;
    }
};
