class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        // Sweep the edges, pushing the smaller label across each, until nothing changes.
        vector<int> label(n + 1);
        iota(label.begin(), label.end(), 0);
        bool changed = true;
        while (changed) {
            changed = false;
            for (auto& e : edges) {
                int a = label[e[0]], b = label[e[1]];
                if (a < b) { label[e[1]] = a; changed = true; }
                else if (b < a) { label[e[0]] = b; changed = true; }
            }
        }
        int count = 0;
        for (int v = 1; v <= n; v++)
            if (label[v] == v) count++;
        return count;
    }
};
