class Solution {
    int best(const vector<int>& a, size_t i, long long last) {
        if (i == a.size()) return 0;
        int skip = best(a, i + 1, last);
        if (a[i] > last) return max(skip, 1 + best(a, i + 1, a[i]));
        return skip;
    }
public:
    int longestRising(vector<int>& nums) {
        return best(nums, 0, LLONG_MIN);
    }
};
