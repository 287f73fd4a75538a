class Solution {
public:
    int countBridges(int n, vector<vector<int>>& edges) {
        int m = edges.size();
        vector<vector<pair<int, int>>> adj(n + 1);  // (neighbour, edge id)
        for (int i = 0; i < m; i++) {
            adj[edges[i][0]].push_back({edges[i][1], i});
            adj[edges[i][1]].push_back({edges[i][0], i});
        }
        vector<int> seen(n + 1, -1), stack;
        int count = 0;
        for (int banned = 0; banned < m; banned++) {
            // can v still be reached from u without edge `banned`?
            int u = edges[banned][0], v = edges[banned][1];
            bool reached = false;
            seen[u] = banned;
            stack.assign(1, u);
            while (!stack.empty() && !reached) {
                int x = stack.back();
                stack.pop_back();
                for (auto [y, i] : adj[x]) {
                    if (i == banned || seen[y] == banned) continue;
                    if (y == v) {
                        reached = true;
                        break;
                    }
                    seen[y] = banned;
                    stack.push_back(y);
                }
            }
            if (!reached) count++;
        }
        return count;
    }
};
