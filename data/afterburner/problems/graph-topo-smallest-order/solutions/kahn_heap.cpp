class Solution {
public:
    vector<int> smallestOrder(int n, vector<vector<int>>& rules) {
        vector<vector<int>> succ(n + 1);
        vector<int> indeg(n + 1, 0);
        for (auto& r : rules) {
            succ[r[0]].push_back(r[1]);
            indeg[r[1]]++;
        }
        priority_queue<int, vector<int>, greater<int>> ready;
        for (int v = 1; v <= n; v++)
            if (indeg[v] == 0) ready.push(v);
        vector<int> order;
        order.reserve(n);
        while (!ready.empty()) {
            int u = ready.top();
            ready.pop();
            order.push_back(u);
            for (int v : succ[u])
                if (--indeg[v] == 0) ready.push(v);
        }
        if ((int)order.size() < n) order.clear();
        return order;
    }
};
