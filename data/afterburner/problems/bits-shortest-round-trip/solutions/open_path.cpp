class Solution {
public:
    int cheapestRoundTrip(vector<vector<int>>& cost) {
        int n = cost.size();
        if (n == 1) return 0;
        const int INF = INT_MAX / 2;
        int full = 1 << n;
        vector<vector<int>> dp(full, vector<int>(n, INF));
        dp[1][0] = 0;
        for (int mask = 1; mask < full; mask += 2)
            for (int j = 0; j < n; ++j) {
                if (dp[mask][j] >= INF) continue;
                for (int k = 1; k < n; ++k)
                    if (!(mask >> k & 1))
                        dp[mask | 1 << k][k] = min(dp[mask | 1 << k][k], dp[mask][j] + cost[j][k]);
            }
        // forgets the way back to point 0
        return *min_element(dp[full - 1].begin() + 1, dp[full - 1].end());
    }
};
