class Solution {
public:
    vector<int> strongSummary(int n, vector<vector<int>>& arcs) {
        // path-based search (Gabow): stack S of vertices, stack P of group boundaries
        vector<vector<int>> adj(n + 1);
        for (auto& a : arcs) adj[a[0]].push_back(a[1]);
        vector<int> pre(n + 1, 0), ptr(n + 1, 0), S, P, call;
        vector<char> assigned(n + 1, 0);
        int counter = 0, groups = 0, largest = 0;
        for (int root = 1; root <= n; root++) {
            if (pre[root]) continue;
            pre[root] = ++counter;
            S.push_back(root);
            P.push_back(root);
            call.push_back(root);
            while (!call.empty()) {
                int v = call.back();
                if (ptr[v] < (int)adj[v].size()) {
                    int w = adj[v][ptr[v]++];
                    if (!pre[w]) {
                        pre[w] = ++counter;
                        S.push_back(w);
                        P.push_back(w);
                        call.push_back(w);
                    } else if (!assigned[w]) {
                        while (pre[P.back()] > pre[w]) P.pop_back();
                    }
                    continue;
                }
                call.pop_back();
                if (P.back() == v) {
                    P.pop_back();
                    int size = 0, w;
                    do {
                        w = S.back();
                        S.pop_back();
                        assigned[w] = 1;
                        size++;
                    } while (w != v);
                    groups++;
                    largest = max(largest, size);
                }
            }
        }
        return {groups, largest};
    }
};
