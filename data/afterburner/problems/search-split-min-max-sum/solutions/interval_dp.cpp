class Solution {
public:
    long long lightestCut(vector<int>& nums, int m) {
        // best[p][e]: lightest weight cutting the first e values into p parts
        int n = nums.size();
        vector<long long> pre(n + 1, 0);
        for (int i = 0; i < n; ++i) pre[i + 1] = pre[i] + nums[i];
        const long long INF = LLONG_MAX;
        vector<long long> prev(n + 1, INF), row(n + 1, INF);
        prev[0] = 0;
        for (int p = 1; p <= m; ++p) {
            fill(row.begin(), row.end(), INF);
            for (int e = p; e <= n; ++e) {
                long long value = INF;
                for (int s = p - 1; s < e; ++s) value = min(value, max(prev[s], pre[e] - pre[s]));
                row[e] = value;
            }
            swap(prev, row);
        }
        return prev[n];
    }
};
