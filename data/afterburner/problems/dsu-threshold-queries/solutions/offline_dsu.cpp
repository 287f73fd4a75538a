class Solution {
public:
    string reachableUnder(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        // Answer queries by increasing cap, adding edges by increasing weight.
        vector<int> parent(n + 1), sz(n + 1, 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        vector<int> eo(edges.size()), qo(queries.size());
        iota(eo.begin(), eo.end(), 0);
        iota(qo.begin(), qo.end(), 0);
        sort(eo.begin(), eo.end(), [&](int a, int b) { return edges[a][2] < edges[b][2]; });
        sort(qo.begin(), qo.end(), [&](int a, int b) { return queries[a][2] < queries[b][2]; });
        string answer(queries.size(), '0');
        size_t j = 0;
        for (int i : qo) {
            int t = queries[i][2];
            while (j < eo.size() && edges[eo[j]][2] <= t) {
                int a = find(edges[eo[j]][0]), b = find(edges[eo[j]][1]);
                j++;
                if (a == b) continue;
                if (sz[a] < sz[b]) swap(a, b);
                parent[b] = a;
                sz[a] += sz[b];
            }
            if (find(queries[i][0]) == find(queries[i][1])) answer[i] = '1';
        }
        return answer;
    }
};
