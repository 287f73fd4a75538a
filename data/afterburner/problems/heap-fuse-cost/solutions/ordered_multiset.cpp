class Solution {
public:
    long long minFuseCost(vector<int>& nums) {
        multiset<long long> pool(nums.begin(), nums.end());
        long long total = 0;
        while (pool.size() > 1) {
            long long a = *pool.begin();
            pool.erase(pool.begin());
            long long b = *pool.begin();
            pool.erase(pool.begin());
            total += a + b;
            pool.insert(a + b);
        }
        return total;
    }
};
