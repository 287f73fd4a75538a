class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        // Union by rank keeps trees O(log n) deep; finds walk without compressing.
        vector<int> parent(n + 1), rnk(n + 1, 0);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) x = parent[x];
            return x;
        };
        int merges = 0;
        for (auto& e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a == b) continue;
            if (rnk[a] < rnk[b]) swap(a, b);
            parent[b] = a;
            if (rnk[a] == rnk[b]) rnk[a]++;
            merges++;
        }
        return n - merges;
    }
};
