class Solution {
public:
    int countBridges(int n, vector<vector<int>>& edges) {
        // Build a DFS forest; every back edge marks the tree path it spans as
        // "on a cycle", walking up until an already visited vertex. Tree edges
        // that stay unmarked are the bridges. The adjacency lists live in a hash
        // map keyed by vertex (isolated vertices have none).
        unordered_map<int, vector<int>> adj;
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        const vector<int> none;
        auto around = [&](int u) -> const vector<int>& {
            auto it = adj.find(u);
            return it == adj.end() ? none : it->second;
        };
        vector<int> order(n + 1, 0), parent(n + 1, 0), preorder;
        preorder.reserve(n);
        vector<pair<int, size_t>> stack;  // (vertex, next neighbour index)
        int t = 0;
        for (int root = 1; root <= n; root++) {
            if (order[root]) continue;
            order[root] = ++t;
            preorder.push_back(root);
            stack.push_back({root, 0});
            while (!stack.empty()) {
                auto& [u, i] = stack.back();
                const vector<int>& next = around(u);
                if (i == next.size()) {
                    stack.pop_back();
                    continue;
                }
                int v = next[i++];
                if (!order[v]) {
                    order[v] = ++t;
                    parent[v] = u;
                    preorder.push_back(v);
                    stack.push_back({v, 0});
                }
            }
        }
        vector<char> visited(n + 1, 0), onCycle(n + 1, 0);  // onCycle[v]: edge v-parent[v] is covered
        for (int u : preorder) {
            visited[u] = 1;
            for (int v : around(u)) {
                // back edge u -> v with v a descendant of u (entered later, not a child)
                if (order[v] > order[u] && parent[v] != u) {
                    for (int x = v; !visited[x]; x = parent[x]) {
                        visited[x] = 1;
                        onCycle[x] = 1;
                    }
                }
            }
        }
        int bridges = 0;
        for (int v = 1; v <= n; v++)
            if (parent[v] && !onCycle[v]) bridges++;
        return bridges;
    }
};
