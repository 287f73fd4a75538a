class Solution {
public:
    int firstCycleEdge(int n, vector<vector<int>>& edges) {
        vector<int> parent(n + 1), sz(n + 1, 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        for (size_t i = 0; i < edges.size(); i++) {
            int a = find(edges[i][0]), b = find(edges[i][1]);
            if (a == b) return (int) i + 1;
            if (sz[a] < sz[b]) swap(a, b);
            parent[b] = a;
            sz[a] += sz[b];
        }
        return 0;
    }
};
