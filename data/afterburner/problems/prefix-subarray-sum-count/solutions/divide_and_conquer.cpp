class Solution {
    // Pieces crossing the middle: sorted left suffix sums vs sorted right prefix sums.
    long long solve(const vector<long long>& a, int lo, int hi, long long k,
                    vector<long long>& left, vector<long long>& right) {
        if (hi - lo == 1) return a[lo] == k ? 1 : 0;
        int mid = (lo + hi) / 2;
        long long count = solve(a, lo, mid, k, left, right) + solve(a, mid, hi, k, left, right);
        left.clear();
        right.clear();
        long long s = 0;
        for (int i = mid - 1; i >= lo; i--) { s += a[i]; left.push_back(s); }
        s = 0;
        for (int i = mid; i < hi; i++) { s += a[i]; right.push_back(s); }
        sort(left.begin(), left.end());
        sort(right.begin(), right.end());
        // left ascending, right descending: find pairs summing to k
        int i = 0, j = (int) right.size() - 1;
        while (i < (int) left.size() && j >= 0) {
            long long sum = left[i] + right[j];
            if (sum < k) i++;
            else if (sum > k) j--;
            else {
                long long lv = left[i], rv = right[j], cl = 0, cr = 0;
                while (i < (int) left.size() && left[i] == lv) { i++; cl++; }
                while (j >= 0 && right[j] == rv) { j--; cr++; }
                count += cl * cr;
            }
        }
        return count;
    }
public:
    long long countExactSum(vector<long long>& nums, long long k) {
        vector<long long> left, right;
        return solve(nums, 0, (int) nums.size(), k, left, right);
    }
};
