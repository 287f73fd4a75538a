class Solution {
public:
    long long lightestCut(vector<int>& nums, int m) {
        // binary search the weight; greedy fills each part as far as the limit allows
        auto partsNeeded = [&](long long limit) {
            int parts = 1;
            long long cur = 0;
            for (int x : nums) {
                if (cur + x > limit) { ++parts; cur = x; }
                else cur += x;
            }
            return parts;
        };
        long long lo = *max_element(nums.begin(), nums.end());
        long long hi = accumulate(nums.begin(), nums.end(), 0LL);
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (partsNeeded(mid) <= m) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
