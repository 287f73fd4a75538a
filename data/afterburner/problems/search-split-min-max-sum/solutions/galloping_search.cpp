class Solution {
public:
    long long lightestCut(vector<int>& nums, int m) {
        // double the step from the largest element until a limit fits, then bisect
        auto ok = [&](long long limit) {
            int used = 1;
            long long load = 0;
            for (int x : nums) {
                if (load + x <= limit) load += x;
                else {
                    if (++used > m) return false;
                    load = x;
                }
            }
            return true;
        };
        long long low = *max_element(nums.begin(), nums.end());
        if (ok(low)) return low;
        long long step = max(1LL, low), high = low + step;
        while (!ok(high)) {
            low = high + 1;
            step *= 2;
            high = low + step;
        }
        while (low < high) {
            long long mid = low + (high - low) / 2;
            if (ok(mid)) high = mid;
            else low = mid + 1;
        }
        return low;
    }
};
