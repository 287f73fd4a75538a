class Solution {
public:
    int minimumMarked(int n, vector<vector<int>>& edges) {
        // Union by size keeps trees shallow; a find sums parities up to the root
        // without rewriting anything.
        vector<int> parent(n + 1), rel(n + 1, 0), sz(n + 1, 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x, int& p) {
            p = 0;
            while (parent[x] != x) { p ^= rel[x]; x = parent[x]; }
            return x;
        };
        for (auto& e : edges) {
            int pu, pv;
            int ru = find(e[0], pu), rv = find(e[1], pv);
            if (ru == rv) {
                if (pu == pv) return -1;
                continue;
            }
            if (sz[ru] < sz[rv]) swap(ru, rv);
            parent[rv] = ru;
            rel[rv] = pu ^ pv ^ 1;
            sz[ru] += sz[rv];
        }
        set<int> touched;
        for (auto& e : edges) { touched.insert(e[0]); touched.insert(e[1]); }
        map<int, int> colourOne;
        for (int x : touched) {
            int p;
            int r = find(x, p);
            colourOne[r] += p;
        }
        int total = 0;
        for (auto& [r, k] : colourOne) total += min(k, sz[r] - k);
        return total;
    }
};
