class Solution {
public:
    long long countPairs(vector<long long>& nums, long long target) {
        vector<long long> a(nums);
        sort(a.begin(), a.end());
        long long total = 0;
        for (size_t i = 0; i < a.size(); i++) {
            long long need = target - a[i];
            if (need < a[i]) break;
            auto range = equal_range(a.begin() + i + 1, a.end(), need);
            total += range.second - range.first;
        }
        return total;
    }
};
