class Solution {
public:
    int cheapestRoundTrip(vector<vector<int>>& cost) {
        int n = cost.size();
        if (n == 1) return 0;
        int m = n - 1;  // points 1..n-1 become bits 0..m-1
        const int INF = INT_MAX / 2;
        int size = 1 << m;
        vector<int> dp((size_t) size * m, INF);  // dp[mask*m + j]
        for (int j = 0; j < m; ++j) dp[(1 << j) * m + j] = cost[0][j + 1];
        for (int mask = 1; mask < size; ++mask) {
            for (int j = 0; j < m; ++j) {
                if (!(mask >> j & 1)) continue;
                int prev = mask ^ (1 << j);
                if (prev == 0) continue;
                int best = INF;
                for (int i = 0; i < m; ++i)
                    if (prev >> i & 1) best = min(best, dp[prev * m + i] + cost[i + 1][j + 1]);
                dp[mask * m + j] = best;
            }
        }
        int best = INF;
        for (int j = 0; j < m; ++j) best = min(best, dp[(size - 1) * m + j] + cost[j + 1][0]);
        return best;
    }
};
