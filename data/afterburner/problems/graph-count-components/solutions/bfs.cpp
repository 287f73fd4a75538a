class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        vector<int> deg(n + 2, 0);
        for (auto& e : edges) { deg[e[0]]++; deg[e[1]]++; }
        vector<int> start(n + 2, 0);
        for (int v = 1; v <= n; v++) start[v + 1] = start[v] + deg[v];
        vector<int> adj(start[n + 1]);
        vector<int> fill(start.begin(), start.end());
        for (auto& e : edges) {
            adj[fill[e[0]]++] = e[1];
            adj[fill[e[1]]++] = e[0];
        }
        vector<char> seen(n + 1, 0);
        vector<int> queue(n);
        int components = 0;
        for (int s = 1; s <= n; s++) {
            if (seen[s]) continue;
            components++;
            seen[s] = 1;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int x = queue[head++];
                for (int i = start[x]; i < start[x + 1]; i++) {
                    int y = adj[i];
                    if (!seen[y]) { seen[y] = 1; queue[tail++] = y; }
                }
            }
        }
        return components;
    }
};
