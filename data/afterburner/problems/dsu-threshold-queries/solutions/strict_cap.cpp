class Solution {
public:
    string reachableUnder(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        vector<int> parent(n + 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
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
            // only edges strictly lighter than the cap are added
            while (j < eo.size() && edges[eo[j]][2] < queries[i][2]) {
                parent[find(edges[eo[j]][0])] = find(edges[eo[j]][1]);
                j++;
            }
            if (find(queries[i][0]) == find(queries[i][1])) answer[i] = '1';
        }
        return answer;
    }
};
