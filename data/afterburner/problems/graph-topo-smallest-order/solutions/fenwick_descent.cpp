class Solution {
public:
    vector<int> smallestOrder(int n, vector<vector<int>>& rules) {
        // a Fenwick tree counts available tasks; descend it to the first one
        vector<vector<int>> succ(n + 1);
        vector<int> indeg(n + 1, 0), tree(n + 1, 0);
        for (auto& r : rules) {
            succ[r[0]].push_back(r[1]);
            indeg[r[1]]++;
        }
        auto add = [&](int i, int delta) {
            for (; i <= n; i += i & -i) tree[i] += delta;
        };
        int available = 0;
        for (int v = 1; v <= n; v++)
            if (indeg[v] == 0) {
                add(v, 1);
                available++;
            }
        int top = 1;
        while (top * 2 <= n) top *= 2;
        vector<int> order;
        order.reserve(n);
        while (available > 0) {
            int pos = 0;
            for (int step = top; step; step >>= 1)
                if (pos + step <= n && tree[pos + step] == 0) pos += step;
            int u = pos + 1;
            add(u, -1);
            available--;
            order.push_back(u);
            for (int v : succ[u])
                if (--indeg[v] == 0) {
                    add(v, 1);
                    available++;
                }
        }
        if ((int)order.size() < n) order.clear();
        return order;
    }
};
