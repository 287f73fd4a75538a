class Solution {
public:
    vector<int> pathLengths(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        int q = queries.size();
        vector<vector<pair<int, int>>> asked(n + 1);
        for (int i = 0; i < q; i++) {
            asked[queries[i][0]].push_back({queries[i][1], i});
            asked[queries[i][1]].push_back({queries[i][0], i});
        }
        // union-find over finished subtrees; anc[root] is the open vertex they hang from
        vector<int> dsu(n + 1), anc(n + 1), depth(n + 1, 0), res(q, 0);
        iota(dsu.begin(), dsu.end(), 0);
        iota(anc.begin(), anc.end(), 0);
        vector<char> done(n + 1, 0);
        auto find = [&](int x) {
            while (dsu[x] != x) {
                dsu[x] = dsu[dsu[x]];
                x = dsu[x];
            }
            return x;
        };
        vector<tuple<int, int, bool>> stack{{1, 0, false}};
        while (!stack.empty()) {
            auto [v, p, closing] = stack.back();
            stack.pop_back();
            if (!closing) {
                stack.emplace_back(v, p, true);
                for (int w : adj[v])
                    if (w != p) {
                        depth[w] = depth[v] + 1;
                        stack.emplace_back(w, v, false);
                    }
                continue;
            }
            done[v] = 1;
            for (auto [w, i] : asked[v])
                if (done[w]) res[i] = depth[v] + depth[w] - 2 * depth[anc[find(w)]];
            if (p) {
                int rv = find(v), rp = find(p);
                dsu[rv] = rp;
                anc[rp] = p;
            }
        }
        return res;
    }
};
