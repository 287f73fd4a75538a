class Solution {
public:
    int firstCycleEdge(int n, vector<vector<int>>& edges) {
        // Union by rank bounds the depth by log n, so roots are found by plain walks.
        vector<int> parent(n + 1), rnk(n + 1, 0);
        iota(parent.begin(), parent.end(), 0);
        auto root = [&](int x) {
            while (parent[x] != x) x = parent[x];
            return x;
        };
        for (size_t i = 0; i < edges.size(); i++) {
            int a = root(edges[i][0]), b = root(edges[i][1]);
            if (a == b) return (int) i + 1;
            if (rnk[a] < rnk[b]) swap(a, b);
            parent[b] = a;
            if (rnk[a] == rnk[b]) rnk[a]++;
        }
        return 0;
    }
};
