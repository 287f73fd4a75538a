class Solution {
public:
    vector<int> strongSummary(int n, vector<vector<int>>& arcs) {
        // each ungrouped vertex: its group is what it reaches that also reaches it back
        vector<vector<int>> fwd(n + 1), bwd(n + 1);
        for (auto& a : arcs) {
            fwd[a[0]].push_back(a[1]);
            bwd[a[1]].push_back(a[0]);
        }
        vector<char> grouped(n + 1, 0);
        vector<int> markF(n + 1, 0), markB(n + 1, 0), stack;
        auto reach = [&](int s, vector<vector<int>>& adj, vector<int>& mark) {
            mark[s] = s;
            stack.assign(1, s);
            while (!stack.empty()) {
                int v = stack.back();
                stack.pop_back();
                for (int w : adj[v])
                    if (mark[w] != s) {
                        mark[w] = s;
                        stack.push_back(w);
                    }
            }
        };
        int groups = 0, largest = 0;
        for (int v = 1; v <= n; v++) {
            if (grouped[v]) continue;
            reach(v, fwd, markF);
            reach(v, bwd, markB);
            int size = 0;
            for (int w = 1; w <= n; w++)
                if (markF[w] == v && markB[w] == v) {
                    grouped[w] = 1;
                    size++;
                }
            groups++;
            largest = max(largest, size);
        }
        return {groups, largest};
    }
};
