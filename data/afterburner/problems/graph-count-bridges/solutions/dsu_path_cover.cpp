class Solution {
    vector<int> jump;  // jump[v]: towards the highest vertex reachable over covered edges

    int top(int x) {
        int r = x;
        while (jump[r] != r) r = jump[r];
        while (jump[x] != r) {
            int next = jump[x];
            jump[x] = r;
            x = next;
        }
        return r;
    }

public:
    int countBridges(int n, vector<vector<int>>& edges) {
        // Spanning forest by an explicit-stack search; each non-tree edge covers
        // its tree path. A union-find jumps over tree edges already covered, so
        // every tree edge is covered at most once.
        int m = edges.size();
        vector<vector<pair<int, int>>> adj(n + 1);  // (neighbour, edge id)
        for (int i = 0; i < m; i++) {
            adj[edges[i][0]].push_back({edges[i][1], i});
            adj[edges[i][1]].push_back({edges[i][0], i});
        }
        vector<int> parent(n + 1, 0), depth(n + 1, -1), stack;
        vector<char> isTree(m, 0);
        int bridges = 0;
        for (int root = 1; root <= n; root++) {
            if (depth[root] >= 0) continue;
            depth[root] = 0;
            stack.push_back(root);
            while (!stack.empty()) {
                int u = stack.back();
                stack.pop_back();
                for (auto [v, i] : adj[u]) {
                    if (depth[v] < 0) {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        isTree[i] = 1;
                        bridges++;
                        stack.push_back(v);
                    }
                }
            }
        }
        jump.resize(n + 1);
        iota(jump.begin(), jump.end(), 0);
        for (int i = 0; i < m; i++) {
            if (isTree[i]) continue;
            int a = top(edges[i][0]), b = top(edges[i][1]);
            while (a != b) {
                if (depth[a] < depth[b]) swap(a, b);
                jump[a] = parent[a];  // cover the edge a - parent[a]
                bridges--;
                a = top(a);
            }
        }
        return bridges;
    }
};
