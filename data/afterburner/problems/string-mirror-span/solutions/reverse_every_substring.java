class Solution {
    public int longestPalindrome(String s) {
        int n = s.length(), best = 0;
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++) {
                String sub = s.substring(i, j + 1);
                if (sub.equals(new StringBuilder(sub).reverse().toString())) best = Math.max(best, j - i + 1);
            }
        return best;
    }
}
