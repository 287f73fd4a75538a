class Solution {
public:
    long long kthGap(vector<long long>& nums, long long k) {
        vector<long long> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        // pairs within d, each start binary-searching its farthest partner
        auto pairsWithin = [&](long long d) {
            long long count = 0;
            for (int i = 0; i < n; i++)
                count += upper_bound(a.begin() + i + 1, a.end(), a[i] + d) - a.begin() - i - 1;
            return count;
        };
        long long lo = 0, hi = a[n - 1] - a[0];
        while (lo < hi) {
            long long mid = (lo + hi) / 2;
            if (pairsWithin(mid) >= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
