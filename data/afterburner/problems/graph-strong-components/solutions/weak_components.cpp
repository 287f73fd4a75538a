class Solution {
public:
    vector<int> strongSummary(int n, vector<vector<int>>& arcs) {
        // group vertices with a union-find over the arcs
        vector<int> parent(n + 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        for (auto& a : arcs) parent[find(a[0])] = find(a[1]);
        vector<int> size(n + 1, 0);
        int groups = 0, largest = 0;
        for (int v = 1; v <= n; v++) {
            int r = find(v);
            if (size[r]++ == 0) groups++;
            largest = max(largest, size[r]);
        }
        return {groups, largest};
    }
};
