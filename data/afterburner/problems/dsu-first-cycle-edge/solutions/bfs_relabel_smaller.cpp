class Solution {
public:
    int firstCycleEdge(int n, vector<vector<int>>& edges) {
        // Component id per vertex; a join re-labels the smaller side by a BFS
        // over the edges added so far.
        vector<int> comp(n + 1), sz(n + 1, 1);
        iota(comp.begin(), comp.end(), 0);
        vector<vector<int>> adj(n + 1);
        deque<int> queue;
        for (size_t i = 0; i < edges.size(); i++) {
            int u = edges[i][0], v = edges[i][1];
            int cu = comp[u], cv = comp[v];
            if (cu == cv) return (int) i + 1;
            if (sz[cu] > sz[cv]) { swap(u, v); swap(cu, cv); }
            sz[cv] += sz[cu];
            comp[u] = cv;
            queue.push_back(u);
            while (!queue.empty()) {
                int x = queue.front();
                queue.pop_front();
                for (int y : adj[x]) {
                    if (comp[y] == cu) { comp[y] = cv; queue.push_back(y); }
                }
            }
            adj[u].push_back(v);
            adj[v].push_back(u);
        }
        return 0;
    }
};
