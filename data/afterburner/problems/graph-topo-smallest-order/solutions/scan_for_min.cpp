class Solution {
public:
    vector<int> smallestOrder(int n, vector<vector<int>>& rules) {
        // every step scans from task 1 for the first available task
        vector<vector<int>> succ(n + 1);
        vector<int> indeg(n + 1, 0);
        for (auto& r : rules) {
            succ[r[0]].push_back(r[1]);
            indeg[r[1]]++;
        }
        vector<char> used(n + 1, 0);
        vector<int> order;
        for (int step = 0; step < n; step++) {
            int pick = 0;
            for (int v = 1; v <= n; v++)
                if (!used[v] && indeg[v] == 0) {
                    pick = v;
                    break;
                }
            if (pick == 0) return {};
            used[pick] = 1;
            order.push_back(pick);
            for (int v : succ[pick]) indeg[v]--;
        }
        return order;
    }
};
