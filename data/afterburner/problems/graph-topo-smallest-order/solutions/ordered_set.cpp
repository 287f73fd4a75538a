class Solution {
public:
    vector<int> smallestOrder(int n, vector<vector<int>>& rules) {
        // available tasks in a balanced search tree, successors in hash maps
        unordered_map<int, vector<int>> succ;
        unordered_map<int, int> indeg;
        for (auto& r : rules) {
            succ[r[0]].push_back(r[1]);
            indeg[r[1]]++;
        }
        set<int> ready;
        for (int v = 1; v <= n; v++)
            if (!indeg.count(v)) ready.insert(v);
        vector<int> order;
        while (!ready.empty()) {
            int u = *ready.begin();
            ready.erase(ready.begin());
            order.push_back(u);
            auto it = succ.find(u);
            if (it == succ.end()) continue;
            for (int v : it->second)
                if (--indeg[v] == 0) ready.insert(v);
        }
        if ((int)order.size() < n) order.clear();
        return order;
    }
};
