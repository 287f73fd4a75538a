class Solution {
public:
    int countBridges(int n, vector<vector<int>>& edges) {
        // adjacency as hash sets in a hash map, discovery times and low links in hash
        // maps; no two edges join the same pair, so the parent edge is skipped by vertex
        unordered_map<int, unordered_set<int>> adj;
        for (auto& e : edges) {
            adj[e[0]].insert(e[1]);
            adj[e[1]].insert(e[0]);
        }
        unordered_map<int, int> disc, low;
        struct Frame {
            int u, parent;
            unordered_set<int>::iterator next, end;
        };
        unordered_set<int> none;
        auto frameOf = [&](int u, int parent) {
            auto it = adj.find(u);
            if (it == adj.end()) return Frame{u, parent, none.begin(), none.end()};
            return Frame{u, parent, it->second.begin(), it->second.end()};
        };
        int timer = 0, bridges = 0;
        for (int root = 1; root <= n; root++) {
            if (disc.count(root)) continue;
            disc[root] = low[root] = ++timer;
            vector<Frame> stack{frameOf(root, 0)};
            while (!stack.empty()) {
                Frame& f = stack.back();
                if (f.next != f.end) {
                    int v = *f.next++;
                    if (v == f.parent) continue;
                    auto seen = disc.find(v);
                    if (seen != disc.end()) {
                        low[f.u] = min(low[f.u], seen->second);
                    } else {
                        disc[v] = low[v] = ++timer;
                        stack.push_back(frameOf(v, f.u));
                    }
                    continue;
                }
                int u = f.u, p = f.parent;
                stack.pop_back();
                if (!stack.empty()) {
                    low[p] = min(low[p], low[u]);
                    if (low[u] > disc[p]) bridges++;
                }
            }
        }
        return bridges;
    }
};
