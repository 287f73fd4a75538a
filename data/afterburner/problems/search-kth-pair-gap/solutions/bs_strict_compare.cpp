class Solution {
public:
    long long kthGap(vector<long long>& nums, long long k) {
        vector<long long> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        auto count = [&](long long d) {
            long long total = 0;
            int left = 0;
            for (int right = 0; right < n; right++) {
                while (a[right] - a[left] > d) left++;
                total += right - left;
            }
            return total;
        };
        long long lo = 0, hi = a[n - 1] - a[0];
        while (lo < hi) {
            long long mid = (lo + hi) / 2;
            if (count(mid) > k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
