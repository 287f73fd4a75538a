class Solution {
public:
    long long kthGap(vector<long long>& nums, long long k) {
        sort(nums.begin(), nums.end());
        int n = nums.size();
        // stop counting as soon as k pairs are found
        auto reachesK = [&](long long d) {
            long long count = 0;
            int j = 0;
            for (int i = 0; i < n; i++) {
                while (j < n && nums[j] - nums[i] <= d) j++;
                count += j - i - 1;
                if (count >= k) return true;
            }
            return false;
        };
        long long lo = LLONG_MAX, hi = nums[n - 1] - nums[0];
        for (int i = 0; i + 1 < n; i++) lo = min(lo, nums[i + 1] - nums[i]);
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (reachesK(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
