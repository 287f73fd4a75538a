class Solution {
public:
    int firstCycleEdge(int n, vector<vector<int>>& edges) {
        // Before adding each edge, search from one endpoint for the other.
        vector<vector<int>> adj(n + 1);
        vector<int> mark(n + 1, 0);
        vector<int> stack;
        for (size_t i = 0; i < edges.size(); i++) {
            int u = edges[i][0], v = edges[i][1];
            int stamp = (int) i + 1;
            mark[u] = stamp;
            stack.assign(1, u);
            while (!stack.empty()) {
                int x = stack.back();
                stack.pop_back();
                if (x == v) return stamp;
                for (int y : adj[x]) {
                    if (mark[y] != stamp) { mark[y] = stamp; stack.push_back(y); }
                }
            }
            adj[u].push_back(v);
            adj[v].push_back(u);
        }
        return 0;
    }
};
