class Solution {
public:
    int longestPalindrome(string s) {
        // pal[i][j]: s[i..j] is a palindrome, filled by increasing length
        int n = s.size(), best = 1;
        vector<vector<char>> pal(n, vector<char>(n, 0));
        for (int i = 0; i < n; ++i) pal[i][i] = 1;
        for (int i = 0; i + 1 < n; ++i)
            if (s[i] == s[i + 1]) { pal[i][i + 1] = 1; best = 2; }
        for (int len = 3; len <= n; ++len)
            for (int i = 0; i + len <= n; ++i) {
                int j = i + len - 1;
                if (s[i] == s[j] && pal[i + 1][j - 1]) {
                    pal[i][j] = 1;
                    best = len;
                }
            }
        return best;
    }
};
