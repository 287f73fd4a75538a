class Solution {
    vector<int> v;

    // first index in [lo, hi) whose bit b is set; the range agrees above b
    int split(int lo, int hi, int b) {
        return int(partition_point(v.begin() + lo, v.begin() + hi,
                                   [b](int x) { return !((x >> b) & 1); }) - v.begin());
    }

    // largest XOR of bits b..0 between a value of [alo, ahi) and one of [blo, bhi)
    int across(int alo, int ahi, int blo, int bhi, int b) {
        if (b < 0) return 0;
        int am = split(alo, ahi, b), bm = split(blo, bhi, b);
        int res = -1;
        if (am > alo && bhi > bm) res = max(res, (1 << b) | across(alo, am, bm, bhi, b - 1));
        if (ahi > am && bm > blo) res = max(res, (1 << b) | across(am, ahi, blo, bm, b - 1));
        if (res >= 0) return res;
        return across(alo, ahi, blo, bhi, b - 1);
    }

public:
    int largestPairXor(vector<int>& nums) {
        v = nums;
        sort(v.begin(), v.end());
        v.erase(unique(v.begin(), v.end()), v.end());
        int n = v.size();
        for (int b = 29; b >= 0; b--) {
            int m = split(0, n, b);
            if (m > 0 && m < n) return across(0, m, m, n, b);
        }
        return 0;
    }
};
