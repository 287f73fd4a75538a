class Solution {
public:
    int firstCycleEdge(int n, vector<vector<int>>& edges) {
        // A group id per vertex; merging moves the smaller member list into the larger.
        vector<int> group(n + 1);
        vector<vector<int>> members(n + 1);
        for (int v = 0; v <= n; v++) { group[v] = v; members[v].push_back(v); }
        for (size_t i = 0; i < edges.size(); i++) {
            int a = group[edges[i][0]], b = group[edges[i][1]];
            if (a == b) return (int) i + 1;
            if (members[a].size() < members[b].size()) swap(a, b);
            for (int w : members[b]) group[w] = a;
            members[a].insert(members[a].end(), members[b].begin(), members[b].end());
            vector<int>().swap(members[b]);
        }
        return 0;
    }
};
