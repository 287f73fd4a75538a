class Solution {
public:
    int minimumMarked(int n, vector<vector<int>>& edges) {
        // Node x means "x is marked", x + n means "x is not marked"; an edge ties
        // each end's state to the other end's opposite state.
        vector<int> parent(2 * n + 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        };
        auto unite = [&](int a, int b) {
            a = find(a), b = find(b);
            if (a != b) parent[a] = b;
        };
        for (auto& e : edges) {
            unite(e[0], e[1] + n);
            unite(e[0] + n, e[1]);
        }
        unordered_map<int, int> group;
        for (int x = 1; x <= n; x++) {
            if (find(x) == find(x + n)) return -1;
            group[find(x)]++;
        }
        unordered_set<int> done;
        int total = 0;
        for (int x = 1; x <= n; x++) {
            int a = find(x), b = find(x + n);
            if (done.count(a)) continue;
            done.insert(a);
            done.insert(b);
            total += min(group[a], group[b]);
        }
        return total;
    }
};
