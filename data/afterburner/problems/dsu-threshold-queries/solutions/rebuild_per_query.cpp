class Solution {
public:
    string reachableUnder(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        // For every query, build fresh disjoint sets from the edges under the cap.
        vector<int> parent(n + 1);
        auto find = [&](int x) {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        };
        string answer(queries.size(), '0');
        for (size_t i = 0; i < queries.size(); i++) {
            int t = queries[i][2];
            iota(parent.begin(), parent.end(), 0);
            for (auto& e : edges)
                if (e[2] <= t) parent[find(e[0])] = find(e[1]);
            if (find(queries[i][0]) == find(queries[i][1])) answer[i] = '1';
        }
        return answer;
    }
};
