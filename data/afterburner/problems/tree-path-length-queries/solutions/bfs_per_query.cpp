class Solution {
public:
    vector<int> pathLengths(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        // a fresh breadth-first search from u for every query, stopping at v
        vector<int> dist(n + 1), stamp(n + 1, -1), queue(n);
        vector<int> res;
        res.reserve(queries.size());
        for (int qi = 0; qi < (int) queries.size(); qi++) {
            int u = queries[qi][0], v = queries[qi][1];
            int head = 0, tail = 0;
            queue[tail++] = u;
            stamp[u] = qi;
            dist[u] = 0;
            while (head < tail && stamp[v] != qi) {
                int x = queue[head++];
                for (int y : adj[x])
                    if (stamp[y] != qi) {
                        stamp[y] = qi;
                        dist[y] = dist[x] + 1;
                        queue[tail++] = y;
                    }
            }
            res.push_back(dist[v]);
        }
        return res;
    }
};
