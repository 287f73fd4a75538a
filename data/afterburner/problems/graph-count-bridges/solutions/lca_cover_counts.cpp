class Solution {
public:
    int countBridges(int n, vector<vector<int>>& edges) {
        // BFS spanning forest; every non-tree edge u-v covers the tree path u..v.
        // With binary lifting for the LCA, add +1 at u and v and -2 at the LCA:
        // the subtree sum below a tree edge counts the edges covering it.
        int m = edges.size();
        vector<vector<pair<int, int>>> adj(n + 1);  // (neighbour, edge id)
        for (int i = 0; i < m; i++) {
            adj[edges[i][0]].push_back({edges[i][1], i});
            adj[edges[i][1]].push_back({edges[i][0], i});
        }
        vector<int> parent(n + 1, 0), depth(n + 1, -1), order;
        order.reserve(n);
        vector<char> inTree(m, 0);
        for (int root = 1; root <= n; root++) {
            if (depth[root] >= 0) continue;
            depth[root] = 0;
            parent[root] = root;
            size_t head = order.size();
            order.push_back(root);
            while (head < order.size()) {
                int u = order[head++];
                for (auto [v, i] : adj[u]) {
                    if (depth[v] < 0) {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        inTree[i] = 1;
                        order.push_back(v);
                    }
                }
            }
        }
        int maxDepth = *max_element(depth.begin() + 1, depth.end());
        int levels = 1;
        while ((1 << levels) <= maxDepth) levels++;
        vector<vector<int>> up(levels, parent);
        for (int k = 1; k < levels; k++)
            for (int v = 0; v <= n; v++) up[k][v] = up[k - 1][up[k - 1][v]];
        auto lca = [&](int a, int b) {
            if (depth[a] < depth[b]) swap(a, b);
            for (int k = 0, diff = depth[a] - depth[b]; diff; k++, diff >>= 1)
                if (diff & 1) a = up[k][a];
            if (a == b) return a;
            for (int k = levels - 1; k >= 0; k--) {
                if (up[k][a] != up[k][b]) {
                    a = up[k][a];
                    b = up[k][b];
                }
            }
            return parent[a];
        };
        vector<int> cover(n + 1, 0);
        for (int i = 0; i < m; i++) {
            if (inTree[i]) continue;
            int u = edges[i][0], v = edges[i][1];
            cover[u]++;
            cover[v]++;
            cover[lca(u, v)] -= 2;
        }
        int bridges = 0;
        for (int j = n - 1; j >= 0; j--) {
            int v = order[j];
            if (parent[v] == v) continue;
            cover[parent[v]] += cover[v];
            if (cover[v] == 0) bridges++;
        }
        return bridges;
    }
};
