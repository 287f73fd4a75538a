class Solution {
    vector<int> parent, sz;

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
public:
    long long largestRectangle(vector<int>& heights) {
        // switch bars on from tallest to shortest and join neighbouring blocks
        int n = heights.size();
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        sz.assign(n, 1);
        vector<char> active(n, 0);
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return heights[a] > heights[b]; });
        long long best = 0;
        for (int i : order) {
            active[i] = 1;
            for (int nb : {i - 1, i + 1}) {
                if (nb < 0 || nb >= n || !active[nb]) continue;
                int a = find(i), b = find(nb);
                if (a == b) continue;
                if (sz[a] < sz[b]) swap(a, b);
                parent[b] = a;
                sz[a] += sz[b];
            }
            best = max(best, (long long) heights[i] * sz[find(i)]);
        }
        return best;
    }
};
