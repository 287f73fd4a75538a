class Solution {
public:
    long long kthGap(vector<long long>& nums, long long k) {
        multiset<long long> sorted(nums.begin(), nums.end());
        vector<long long> a(sorted.begin(), sorted.end());
        int n = a.size();
        auto countBelow = [&](long long d) {
            long long total = 0;
            int left = 0;
            for (int right = 0; right < n; right++) {
                while (a[right] - a[left] >= d) left++;
                total += right - left;
            }
            return total;
        };
        // largest d with fewer than k gaps below it
        long long lo = 0, hi = a[n - 1] - a[0];
        while (lo < hi) {
            long long mid = (lo + hi + 1) / 2;
            if (countBelow(mid) < k) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
};
