class Solution {
public:
    int firstCycleEdge(int n, vector<vector<int>>& edges) {
        // Parents live in a hash map; a vertex missing from it is its own root.
        unordered_map<int, int> parent;
        auto find = [&](int x) {
            int r = x;
            for (auto it = parent.find(r); it != parent.end(); it = parent.find(r)) r = it->second;
            while (x != r) {
                auto it = parent.find(x);
                x = it->second;
                it->second = r;
            }
            return r;
        };
        for (size_t i = 0; i < edges.size(); i++) {
            int a = find(edges[i][0]), b = find(edges[i][1]);
            if (a == b) return (int) i + 1;
            parent[a] = b;
        }
        return 0;
    }
};
