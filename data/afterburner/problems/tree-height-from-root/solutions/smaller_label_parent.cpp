class Solution {
public:
    int treeHeight(int n, vector<vector<int>>& edges) {
        // parent of each edge's larger end is its smaller end
        vector<int> parent(n + 1, 0);
        for (auto& e : edges) {
            int a = min(e[0], e[1]), b = max(e[0], e[1]);
            parent[b] = a;
        }
        vector<int> depth(n + 1, 0);
        int best = 0;
        for (int v = 2; v <= n; v++) {
            depth[v] = depth[parent[v]] + 1;
            best = max(best, depth[v]);
        }
        return best;
    }
};
