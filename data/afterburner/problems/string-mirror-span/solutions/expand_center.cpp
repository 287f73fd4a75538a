class Solution {
public:
    int longestPalindrome(string s) {
        // grow around each of the 2n-1 centres
        int n = s.size(), best = 1;
        for (int c = 0; c < 2 * n - 1; ++c) {
            int lo = c / 2, hi = lo + c % 2;
            while (lo >= 0 && hi < n && s[lo] == s[hi]) { --lo; ++hi; }
            best = max(best, hi - lo - 1);
        }
        return best;
    }
};
