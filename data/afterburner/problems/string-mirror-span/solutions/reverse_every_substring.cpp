class Solution {
public:
    int longestPalindrome(string s) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i; j < n; ++j) {
                string sub = s.substr(i, j - i + 1);
                string back(sub.rbegin(), sub.rend());
                if (sub == back) best = max(best, j - i + 1);
            }
        return best;
    }
};
