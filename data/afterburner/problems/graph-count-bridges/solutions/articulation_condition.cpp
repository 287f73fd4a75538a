class Solution {
public:
    int countBridges(int n, vector<vector<int>>& edges) {
        vector<vector<int>> graph(n + 1);
        for (auto& e : edges) {
            graph[e[0]].push_back(e[1]);
            graph[e[1]].push_back(e[0]);
        }
        vector<int> disc(n + 1, 0), low(n + 1, 0), parent(n + 1, 0), next(n + 1, 0), stack;
        int clock = 0, found = 0;
        for (int root = 1; root <= n; root++) {
            if (disc[root]) continue;
            disc[root] = low[root] = ++clock;
            stack.push_back(root);
            while (!stack.empty()) {
                int u = stack.back();
                if (next[u] < (int)graph[u].size()) {
                    int v = graph[u][next[u]++];
                    if (v == parent[u]) continue;
                    if (disc[v]) {
                        low[u] = min(low[u], disc[v]);
                    } else {
                        disc[v] = low[v] = ++clock;
                        parent[v] = u;
                        stack.push_back(v);
                    }
                    continue;
                }
                stack.pop_back();
                if (!stack.empty()) {
                    int p = stack.back();
                    low[p] = min(low[p], low[u]);
                    if (low[u] >= disc[p]) found++;
                }
            }
        }
        return found;
    }
};
