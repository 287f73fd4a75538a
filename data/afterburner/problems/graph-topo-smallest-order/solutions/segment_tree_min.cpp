class Solution {
public:
    vector<int> smallestOrder(int n, vector<vector<int>>& rules) {
        // a segment tree over task numbers holds the smallest available task
        vector<vector<int>> succ(n + 1);
        vector<int> indeg(n + 1, 0);
        for (auto& r : rules) {
            succ[r[0]].push_back(r[1]);
            indeg[r[1]]++;
        }
        int size = 1;
        while (size < n + 1) size *= 2;
        const int INF = n + 1;
        vector<int> seg(2 * size, INF);
        for (int v = 1; v <= n; v++)
            if (indeg[v] == 0) seg[size + v] = v;
        for (int i = size - 1; i > 0; i--) seg[i] = min(seg[2 * i], seg[2 * i + 1]);
        auto setLeaf = [&](int i, int value) {
            i += size;
            seg[i] = value;
            for (i /= 2; i > 0; i /= 2) seg[i] = min(seg[2 * i], seg[2 * i + 1]);
        };
        vector<int> order;
        order.reserve(n);
        while (seg[1] != INF) {
            int u = seg[1];
            setLeaf(u, INF);
            order.push_back(u);
            for (int v : succ[u])
                if (--indeg[v] == 0) setLeaf(v, v);
        }
        if ((int)order.size() < n) order.clear();
        return order;
    }
};
