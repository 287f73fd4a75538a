class Solution {
public:
    int cheapestRoundTrip(vector<vector<int>>& cost) {
        int n = cost.size();
        if (n == 1) return 0;
        const int INF = INT_MAX / 2;
        int full = 1 << n;
        // dp[mask][j]: cheapest path from 0 over the points of mask, ending at j
        vector<vector<int>> dp(full, vector<int>(n, INF));
        dp[1][0] = 0;
        for (int mask = 1; mask < full; mask += 2) {
            for (int j = 0; j < n; ++j) {
                int here = dp[mask][j];
                if (here >= INF) continue;
                for (int k = 1; k < n; ++k) {
                    if (mask >> k & 1) continue;
                    int& to = dp[mask | 1 << k][k];
                    to = min(to, here + cost[j][k]);
                }
            }
        }
        int best = INF;
        for (int j = 1; j < n; ++j) best = min(best, dp[full - 1][j] + cost[j][0]);
        return best;
    }
};
