class Solution {
public:
    long long countExactSum(vector<long long>& nums, long long k) {
        size_t n = nums.size();
        vector<long long> prefix(n + 1, 0);
        for (size_t i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        vector<long long> values(prefix);
        sort(values.begin(), values.end());
        values.erase(unique(values.begin(), values.end()), values.end());
        vector<long long> counts(values.size(), 0);
        long long total = 0;
        for (long long p : prefix) {
            auto it = lower_bound(values.begin(), values.end(), p - k);
            if (it != values.end() && *it == p - k) total += counts[it - values.begin()];
            counts[lower_bound(values.begin(), values.end(), p) - values.begin()]++;
        }
        return total;
    }
};
