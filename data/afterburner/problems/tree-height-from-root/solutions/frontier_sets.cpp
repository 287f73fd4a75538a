class Solution {
public:
    int treeHeight(int n, vector<vector<int>>& edges) {
        unordered_map<int, unordered_set<int>> neighbours;
        for (auto& e : edges) {
            neighbours[e[0]].insert(e[1]);
            neighbours[e[1]].insert(e[0]);
        }
        unordered_set<int> visited{1}, frontier{1};
        int levels = 0;
        while (true) {
            unordered_set<int> next;
            for (int node : frontier)
                for (int other : neighbours[node])
                    if (visited.insert(other).second) next.insert(other);
            if (next.empty()) return levels;
            levels++;
            frontier = move(next);
        }
    }
};
