class Solution {
    long long go(vector<long long>& a, int lo, int hi, long long c) {
        if (hi - lo < 2) return 0;
        int mid = (lo + hi) / 2;
        long long pairs = go(a, lo, mid, c) + go(a, mid, hi, c);
        int i = lo;
        for (int j = mid; j < hi; j++) {
            while (i < mid && a[i] < c * a[j]) i++;
            pairs += mid - i;
        }
        inplace_merge(a.begin() + lo, a.begin() + mid, a.begin() + hi);
        return pairs;
    }

public:
    long long countHeavyPairs(vector<int>& nums, int c) {
        vector<long long> a(nums.begin(), nums.end());
        return go(a, 0, a.size(), c);
    }
};
