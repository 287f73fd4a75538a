class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        // Counts pieces among the vertices that appear in some edge.
        unordered_map<int, int> parent;
        function<int(int)> find = [&](int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        for (auto& e : edges) {
            parent.emplace(e[0], e[0]);
            parent.emplace(e[1], e[1]);
            int a = find(e[0]), b = find(e[1]);
            if (a != b) parent[a] = b;
        }
        int roots = 0;
        for (auto& kv : parent)
            if (kv.first == kv.second) roots++;
        return roots;
    }
};
