class Solution {
public:
    int treeHeight(int n, vector<vector<int>>& edges) {
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        vector<int> parent(n + 1, 0), stack{1};
        parent[1] = -1;
        while (!stack.empty()) {
            int node = stack.back();
            stack.pop_back();
            for (int nxt : adj[node])
                if (nxt != parent[node]) { parent[nxt] = node; stack.push_back(nxt); }
        }
        // walk from every vertex up to the root and keep the longest walk
        int best = 0;
        for (int v = 2; v <= n; v++) {
            int steps = 0;
            for (int x = v; x != 1; x = parent[x]) steps++;
            best = max(best, steps);
        }
        return best;
    }
};
