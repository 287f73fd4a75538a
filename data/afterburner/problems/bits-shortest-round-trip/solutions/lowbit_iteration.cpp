class Solution {
public:
    int cheapestRoundTrip(vector<vector<int>>& cost) {
        int n = cost.size();
        if (n == 1) return 0;
        int m = n - 1;  // points 1..n-1 become bits 0..m-1
        const int INF = INT_MAX / 2;
        // best[mask] holds one value per end bit; only set bits are visited (lowbit walk)
        vector<vector<int>> best(1 << m, vector<int>(m, INF));
        for (int j = 0; j < m; ++j) best[1 << j][j] = cost[0][j + 1];
        for (int mask = 1; mask < (1 << m); ++mask) {
            if ((mask & (mask - 1)) == 0) continue;
            for (int bits = mask; bits; bits &= bits - 1) {
                int j = __builtin_ctz(bits);
                int prevMask = mask ^ (1 << j);
                const vector<int>& prev = best[prevMask];
                int value = INF;
                for (int pm = prevMask; pm; pm &= pm - 1) {
                    int i = __builtin_ctz(pm);
                    value = min(value, prev[i] + cost[i + 1][j + 1]);
                }
                best[mask][j] = value;
            }
        }
        int ans = INF;
        for (int j = 0; j < m; ++j) ans = min(ans, best[(1 << m) - 1][j] + cost[j + 1][0]);
        return ans;
    }
};
