class Solution {
public:
    long long mergeCost(vector<int>& w) {
        int n = w.size();
        vector<long long> pre(n + 1, 0);
        for (int i = 0; i < n; ++i) pre[i + 1] = pre[i] + w[i];
        // cost[i][j]: cheapest merge of piles i..j into one
        vector<vector<long long>> cost(n, vector<long long>(n, 0));
        for (int len = 2; len <= n; ++len) {
            for (int i = 0; i + len <= n; ++i) {
                int j = i + len - 1;
                long long best = LLONG_MAX;
                for (int k = i; k < j; ++k) best = min(best, cost[i][k] + cost[k + 1][j]);
                cost[i][j] = best + pre[j + 1] - pre[i];
            }
        }
        return cost[0][n - 1];
    }
};
