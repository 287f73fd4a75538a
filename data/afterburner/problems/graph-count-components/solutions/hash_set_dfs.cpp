class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        unordered_map<int, unordered_set<int>> neighbours;
        for (auto& e : edges) {
            neighbours[e[0]].insert(e[1]);
            neighbours[e[1]].insert(e[0]);
        }
        unordered_set<int> unvisited;
        for (int v = 1; v <= n; v++) unvisited.insert(v);
        int pieces = 0;
        vector<int> stack;
        while (!unvisited.empty()) {
            int start = *unvisited.begin();
            unvisited.erase(unvisited.begin());
            pieces++;
            stack.push_back(start);
            while (!stack.empty()) {
                int x = stack.back();
                stack.pop_back();
                auto it = neighbours.find(x);
                if (it == neighbours.end()) continue;
                for (int y : it->second) {
                    if (unvisited.erase(y)) stack.push_back(y);
                }
            }
        }
        return pieces;
    }
};
