class Solution {
    vector<long long> buf;

    long long sortCount(vector<long long>& a, int lo, int hi, long long c) {
        if (hi - lo < 2) return 0;
        int mid = (lo + hi) / 2;
        long long count = sortCount(a, lo, mid, c) + sortCount(a, mid, hi, c);
        // both halves are sorted: count left values above c * right value
        int i = lo;
        for (int j = mid; j < hi; j++) {
            while (i < mid && a[i] <= c * a[j]) i++;
            count += mid - i;
        }
        merge(a.begin() + lo, a.begin() + mid, a.begin() + mid, a.begin() + hi, buf.begin() + lo);
        copy(buf.begin() + lo, buf.begin() + hi, a.begin() + lo);
        return count;
    }

public:
    long long countHeavyPairs(vector<int>& nums, int c) {
        vector<long long> a(nums.begin(), nums.end());
        buf.assign(a.size(), 0);
        return sortCount(a, 0, a.size(), c);
    }
};
