class Solution {
    public int longestPalindrome(String s) {
        // Manacher on the string with separators: ^#a#b#...#$
        int n = s.length();
        char[] t = new char[2 * n + 3];
        t[0] = '^';
        t[1] = '#';
        for (int i = 0; i < n; i++) {
            t[2 * i + 2] = s.charAt(i);
            t[2 * i + 3] = '#';
        }
        t[2 * n + 2] = '$';
        int m = t.length;
        int[] rad = new int[m];
        int center = 0, right = 0, best = 0;
        for (int i = 1; i < m - 1; i++) {
            if (i < right) rad[i] = Math.min(right - i, rad[2 * center - i]);
            while (t[i + rad[i] + 1] == t[i - rad[i] - 1]) rad[i]++;
            if (i + rad[i] > right) {
                center = i;
                right = i + rad[i];
            }
            best = Math.max(best, rad[i]);
        }
        return best;
    }
}
