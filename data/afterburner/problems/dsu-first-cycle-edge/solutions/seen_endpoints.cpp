class Solution {
public:
    int firstCycleEdge(int n, vector<vector<int>>& edges) {
        // Flags an edge whose two endpoints were both touched before.
        vector<char> seen(n + 1, 0);
        for (size_t i = 0; i < edges.size(); i++) {
            int u = edges[i][0], v = edges[i][1];
            if (u == v || (seen[u] && seen[v])) return (int) i + 1;
            seen[u] = seen[v] = 1;
        }
        return 0;
    }
};
