class Solution {
public:
    int minimumMarked(int n, vector<vector<int>>& edges) {
        // Sweep the edges until stable: a vertex adopts a smaller component label
        // from a neighbour together with the opposite colour.
        vector<int> label(n + 1), color(n + 1, 0);
        iota(label.begin(), label.end(), 0);
        bool changed = true;
        while (changed) {
            changed = false;
            for (auto& e : edges) {
                int u = e[0], v = e[1];
                if (label[u] < label[v]) { label[v] = label[u]; color[v] = color[u] ^ 1; changed = true; }
                else if (label[v] < label[u]) { label[u] = label[v]; color[u] = color[v] ^ 1; changed = true; }
            }
        }
        vector<int> ones(n + 1, 0), members(n + 1, 0);
        vector<char> touched(n + 1, 0);
        for (auto& e : edges) {
            if (color[e[0]] == color[e[1]]) return -1;
            touched[e[0]] = touched[e[1]] = 1;
        }
        for (int x = 1; x <= n; x++)
            if (touched[x]) { members[label[x]]++; ones[label[x]] += color[x]; }
        int total = 0;
        for (int r = 1; r <= n; r++) total += min(ones[r], members[r] - ones[r]);
        return total;
    }
};
