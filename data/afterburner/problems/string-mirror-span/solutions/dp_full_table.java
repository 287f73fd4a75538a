class Solution {
    public int longestPalindrome(String s) {
        // pal[i][j]: s[i..j] is a palindrome, filled by increasing length
        int n = s.length(), best = 1;
        boolean[][] pal = new boolean[n][n];
        for (int i = 0; i < n; i++) pal[i][i] = true;
        for (int i = 0; i + 1 < n; i++)
            if (s.charAt(i) == s.charAt(i + 1)) {
                pal[i][i + 1] = true;
                best = 2;
            }
        for (int len = 3; len <= n; len++)
            for (int i = 0; i + len <= n; i++) {
                int j = i + len - 1;
                if (s.charAt(i) == s.charAt(j) && pal[i + 1][j - 1]) {
                    pal[i][j] = true;
                    best = len;
                }
            }
        return best;
    }
}
