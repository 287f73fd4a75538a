class Solution {
public:
    int treeHeight(int n, vector<vector<int>>& edges) {
        vector<vector<int>> graph(n + 1);
        for (auto& e : edges) {
            graph[e[0]].push_back(e[1]);
            graph[e[1]].push_back(e[0]);
        }
        int height = 0;
        vector<tuple<int, int, int>> stack{{1, 0, 0}};  // node, parent, depth
        while (!stack.empty()) {
            auto [node, parent, d] = stack.back();
            stack.pop_back();
            height = max(height, d);
            for (int child : graph[node])
                if (child != parent) stack.emplace_back(child, node, d + 1);
        }
        return height;
    }
};
