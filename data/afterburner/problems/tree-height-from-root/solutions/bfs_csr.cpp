class Solution {
public:
    int treeHeight(int n, vector<vector<int>>& edges) {
        // adjacency in compressed form: neighbours of v are adj[start[v] .. start[v + 1])
        vector<int> start(n + 2, 0), adj(2 * (n - 1));
        for (auto& e : edges) { start[e[0] + 1]++; start[e[1] + 1]++; }
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        vector<int> fill(start.begin(), start.end() - 1);
        for (auto& e : edges) { adj[fill[e[0]]++] = e[1]; adj[fill[e[1]]++] = e[0]; }
        vector<int> depth(n + 1, -1), queue(n);
        int head = 0, tail = 0, best = 0;
        depth[1] = 0;
        queue[tail++] = 1;
        while (head < tail) {
            int node = queue[head++];
            for (int i = start[node]; i < start[node + 1]; i++) {
                int nxt = adj[i];
                if (depth[nxt] < 0) {
                    depth[nxt] = depth[node] + 1;
                    best = max(best, depth[nxt]);
                    queue[tail++] = nxt;
                }
            }
        }
        return best;
    }
};
