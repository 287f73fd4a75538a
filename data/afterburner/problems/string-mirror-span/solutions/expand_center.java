class Solution {
    public int longestPalindrome(String s) {
        // grow around each of the 2n-1 centres
        int n = s.length(), best = 1;
        for (int c = 0; c < 2 * n - 1; c++) {
            int lo = c / 2, hi = lo + c % 2;
            while (lo >= 0 && hi < n && s.charAt(lo) == s.charAt(hi)) {
                lo--;
                hi++;
            }
            best = Math.max(best, hi - lo - 1);
        }
        return best;
    }
}
