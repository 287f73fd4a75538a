class Solution {
public:
    string reachableUnder(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        // Offline sweep keeping a component label per vertex; a merge relabels
        // the smaller member list, so a query is one comparison.
        vector<int> label(n + 1);
        vector<vector<int>> members(n + 1);
        for (int v = 0; v <= n; v++) { label[v] = v; members[v].push_back(v); }
        vector<vector<int>> es(edges), qs;
        sort(es.begin(), es.end(), [](const vector<int>& a, const vector<int>& b) { return a[2] < b[2]; });
        qs.reserve(queries.size());
        for (size_t i = 0; i < queries.size(); i++)
            qs.push_back({queries[i][2], queries[i][0], queries[i][1], (int) i});
        sort(qs.begin(), qs.end());
        string answer(queries.size(), '0');
        size_t j = 0;
        for (auto& q : qs) {
            while (j < es.size() && es[j][2] <= q[0]) {
                int a = label[es[j][0]], b = label[es[j][1]];
                j++;
                if (a == b) continue;
                if (members[a].size() < members[b].size()) swap(a, b);
                for (int w : members[b]) label[w] = a;
                members[a].insert(members[a].end(), members[b].begin(), members[b].end());
                vector<int>().swap(members[b]);
            }
            if (label[q[1]] == label[q[2]]) answer[q[3]] = '1';
        }
        return answer;
    }
};
