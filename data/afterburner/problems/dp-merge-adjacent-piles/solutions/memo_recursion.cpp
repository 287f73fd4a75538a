class Solution {
    vector<long long> pre;
    vector<vector<long long>> memo;

    long long solve(int i, int j) {
        if (i == j) return 0;
        long long& m = memo[i][j];
        if (m >= 0) return m;
        long long best = LLONG_MAX;
        for (int k = i; k < j; ++k) best = min(best, solve(i, k) + solve(k + 1, j));
        return m = best + pre[j + 1] - pre[i];
    }
public:
    long long mergeCost(vector<int>& w) {
        int n = w.size();
        pre.assign(n + 1, 0);
        for (int i = 0; i < n; ++i) pre[i + 1] = pre[i] + w[i];
        memo.assign(n, vector<long long>(n, -1));
        return solve(0, n - 1);
    }
};
