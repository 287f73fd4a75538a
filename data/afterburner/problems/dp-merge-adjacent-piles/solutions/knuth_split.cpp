class Solution {
public:
    long long mergeCost(vector<int>& w) {
        // interval DP with Knuth's bound: opt[i][j-1] <= opt[i][j] <= opt[i+1][j]
        int n = w.size();
        vector<long long> pre(n + 1, 0);
        for (int i = 0; i < n; ++i) pre[i + 1] = pre[i] + w[i];
        vector<vector<long long>> dp(n, vector<long long>(n, 0));
        vector<vector<int>> opt(n, vector<int>(n, 0));
        for (int i = 0; i < n; ++i) opt[i][i] = i;
        for (int len = 2; len <= n; ++len) {
            for (int i = 0; i + len <= n; ++i) {
                int j = i + len - 1;
                int lo = opt[i][j - 1], hi = min(opt[i + 1][j], j - 1);
                long long best = LLONG_MAX;
                int arg = lo;
                for (int k = lo; k <= hi; ++k) {
                    long long c = dp[i][k] + dp[k + 1][j];
                    if (c < best) { best = c; arg = k; }
                }
                dp[i][j] = best + pre[j + 1] - pre[i];
                opt[i][j] = arg;
            }
        }
        return dp[0][n - 1];
    }
};
