class Solution {
public:
    long long lightestCut(vector<int>& nums, int m) {
        // each part jumps to the furthest prefix within the limit (binary search on prefix sums)
        int n = nums.size();
        vector<long long> pre(n + 1, 0);
        for (int i = 0; i < n; ++i) pre[i + 1] = pre[i] + nums[i];
        auto fits = [&](long long limit) {
            int pos = 0;
            for (int p = 0; p < m; ++p) {
                pos = int(upper_bound(pre.begin(), pre.end(), pre[pos] + limit) - pre.begin()) - 1;
                if (pos == n) return true;
            }
            return false;
        };
        long long lo = *max_element(nums.begin(), nums.end()), hi = pre[n];
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (fits(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
