class Solution {
public:
    long long minFuseCost(vector<int>& nums) {
        vector<long long> a(nums.begin(), nums.end());
        sort(a.begin(), a.end());
        long long total = 0, acc = a[0];
        for (size_t i = 1; i < a.size(); ++i) {
            acc += a[i];
            total += acc;
        }
        return total;
    }
};
