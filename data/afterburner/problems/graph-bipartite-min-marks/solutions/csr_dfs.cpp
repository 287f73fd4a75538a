class Solution {
public:
    int minimumMarked(int n, vector<vector<int>>& edges) {
        // Adjacency packed into one array (counting sort by endpoint), then an
        // explicit-stack DFS colours each component.
        vector<int> start(n + 2, 0);
        for (auto& e : edges) { start[e[0] + 1]++; start[e[1] + 1]++; }
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        vector<int> adj(2 * edges.size());
        vector<int> fill(start.begin(), start.end() - 1);
        for (auto& e : edges) {
            adj[fill[e[0]]++] = e[1];
            adj[fill[e[1]]++] = e[0];
        }
        vector<signed char> side(n + 1, 0);  // 0 unseen, 1 or 2
        vector<int> stack;
        stack.reserve(n);
        int answer = 0;
        for (int r = 1; r <= n; r++) {
            if (side[r] || start[r] == start[r + 1]) continue;
            side[r] = 1;
            int count[3] = {0, 1, 0};
            stack.push_back(r);
            while (!stack.empty()) {
                int u = stack.back();
                stack.pop_back();
                int other = 3 - side[u];
                for (int i = start[u]; i < start[u + 1]; i++) {
                    int v = adj[i];
                    if (!side[v]) { side[v] = other; count[other]++; stack.push_back(v); }
                    else if (side[v] != other) return -1;
                }
            }
            answer += min(count[1], count[2]);
        }
        return answer;
    }
};
