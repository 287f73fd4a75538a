class Solution {
public:
    long long countExactSum(vector<long long>& nums, long long k) {
        int n = nums.size();
        vector<long long> prefix(n + 1, 0);
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        vector<pair<long long, int>> pairs(n + 1);
        for (int i = 0; i <= n; i++) pairs[i] = {prefix[i], i};
        sort(pairs.begin(), pairs.end());
        long long total = 0;
        for (int j = 0; j <= n; j++) {
            long long want = prefix[j] - k;
            auto lo = lower_bound(pairs.begin(), pairs.end(), make_pair(want, -1));
            auto hi = lower_bound(lo, pairs.end(), make_pair(want, j));
            total += hi - lo;
        }
        return total;
    }
};
