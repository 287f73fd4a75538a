class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        // Each vertex carries a label; a merge relabels the smaller member list.
        vector<int> label(n + 1);
        vector<vector<int>> members(n + 1);
        for (int v = 0; v <= n; v++) { label[v] = v; members[v].push_back(v); }
        int count = n;
        for (auto& e : edges) {
            int a = label[e[0]], b = label[e[1]];
            if (a == b) continue;
            if (members[a].size() < members[b].size()) swap(a, b);
            for (int w : members[b]) label[w] = a;
            members[a].insert(members[a].end(), members[b].begin(), members[b].end());
            vector<int>().swap(members[b]);
            count--;
        }
        return count;
    }
};
