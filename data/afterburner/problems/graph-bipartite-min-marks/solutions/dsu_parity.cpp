class Solution {
    vector<int> parent, parity;

    // returns the root; afterwards parity[x] is x's colour relative to it
    int find(int x) {
        int root = x;
        while (parent[root] != root) root = parent[root];
        // collect the path, then rewrite from the top down
        path.clear();
        for (int y = x; y != root; y = parent[y]) path.push_back(y);
        int acc = 0;
        for (int i = (int) path.size() - 1; i >= 0; i--) {
            int y = path[i];
            acc ^= parity[y];
            parity[y] = acc;
            parent[y] = root;
        }
        return root;
    }
    vector<int> path;

public:
    int minimumMarked(int n, vector<vector<int>>& edges) {
        parent.resize(n + 1);
        iota(parent.begin(), parent.end(), 0);
        parity.assign(n + 1, 0);
        vector<int> sz(n + 1, 1);
        for (auto& e : edges) {
            int u = e[0], v = e[1];
            int ru = find(u), rv = find(v);
            if (ru == rv) {
                if (parity[u] == parity[v]) return -1;
                continue;
            }
            if (sz[ru] < sz[rv]) { swap(ru, rv); swap(u, v); }
            parent[rv] = ru;
            parity[rv] = parity[u] ^ parity[v] ^ 1;
            sz[ru] += sz[rv];
        }
        vector<int> ones(n + 1, 0);
        vector<char> touched(n + 1, 0);
        for (auto& e : edges) touched[e[0]] = touched[e[1]] = 1;
        for (int x = 1; x <= n; x++)
            if (touched[x]) { int r = find(x); ones[r] += parity[x]; }
        int total = 0;
        for (int r = 1; r <= n; r++)
            if (parent[r] == r && touched[r]) total += min(ones[r], sz[r] - ones[r]);
        return total;
    }
};
