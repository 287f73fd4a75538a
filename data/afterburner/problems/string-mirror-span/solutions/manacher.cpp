class Solution {
public:
    int longestPalindrome(string s) {
        // Manacher on the string with separators: ^#a#b#...#$
        string t = "^#";
        for (char c : s) { t += c; t += '#'; }
        t += '$';
        int m = t.size();
        vector<int> rad(m, 0);
        int center = 0, right = 0, best = 0;
        for (int i = 1; i < m - 1; ++i) {
            if (i < right) rad[i] = min(right - i, rad[2 * center - i]);
            while (t[i + rad[i] + 1] == t[i - rad[i] - 1]) ++rad[i];
            if (i + rad[i] > right) { center = i; right = i + rad[i]; }
            best = max(best, rad[i]);
        }
        return best;
    }
};
