class Solution {
public:
    long long lightestCut(vector<int>& nums, int m) {
        // the answer lies in [max(biggest, ceil(total/m)), biggest + ceil(total/m)]
        long long total = accumulate(nums.begin(), nums.end(), 0LL);
        long long biggest = *max_element(nums.begin(), nums.end());
        long long share = (total + m - 1) / m;
        auto feasible = [&](long long limit) {
            int pieces = 1;
            long long run = 0;
            for (int x : nums) {
                run += x;
                if (run > limit) {
                    if (++pieces > m) return false;
                    run = x;
                }
            }
            return true;
        };
        long long lo = max(biggest, share), hi = biggest + share;
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (feasible(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
